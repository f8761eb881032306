import { describe, expect, it } from 'vitest';
import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import { createSegmentStage } from './segment-stage.js';
import { createWinkTagger } from './tagger.js';
import { textBlocks } from './blocks.js';

const segment = createSegmentStage(createWinkTagger());

function segmented(text: string, boilerplate: [number, number][] = []) {
  return segment.run(withLayers(createDocument(metaFor('t.txt'), text), { boilerplate }));
}

describe('segment stage', () => {
  it('never lets a sentence cross a line break between headline and body', () => {
    const doc = segmented('Leaders meet in Cairo\n\nThe talks began on Monday. They ended late.');
    const s = layer(doc, 'sentences');
    expect(s.map((x) => doc.text.slice(x.span[0], x.span[1]))).toEqual([
      'Leaders meet in Cairo', 'The talks began on Monday.', 'They ended late.',
    ]);
  });

  it.each([
    ['Iraqi Prime Minister Nuri al-Maliki spoke.', 'al-Maliki'],
    ['Osama bin-Laden was named.', 'bin-Laden'],
    ['A cease-fire held.', 'cease-fire'],
  ])('keeps the hyphenated name in %j whole', (text, word) => {
    const doc = segmented(text);
    expect(layer(doc, 'tokens').text).toContain(word);
  });

  it('keeps abbreviations such as "U.S." and "Lt. Gen." inside one sentence', () => {
    const doc = segmented('Lt. Gen. Mark Hale said U.S. troops left. Nobody stayed.');
    const s = layer(doc, 'sentences');
    expect(s).toHaveLength(2);
    expect(layer(doc, 'tokens').text).toContain('U.S.');
  });

  it('gives token offsets that slice the text back to each token', () => {
    const text = 'Tehran\u2019s envoy met   the U.N. chief in  Geneva.\n\n“We agreed,” he said.';
    const doc = segmented(text);
    const t = layer(doc, 'tokens');
    for (let i = 0; i < t.count; i++) expect(text.slice(t.start[i], t.end[i])).toBe(t.text[i]);
  });

  it('lemmatises verbs and lower-cases lemmas', () => {
    const doc = segmented('The ministers met and held talks.');
    const t = layer(doc, 'tokens');
    expect(t.lemma[t.text.indexOf('met')]).toBe('meet');
    expect(t.lemma[t.text.indexOf('talks')]).toBe('talk');
  });

  it('turns a boilerplate block into an untokenised boilerplate sentence', () => {
    const text = 'Rebels seized the town.\n\nSupport Our Site\n\nTroops withdrew.';
    const start = text.indexOf('Support');
    const doc = segmented(text, [[start, start + 'Support Our Site'.length]]);
    const s = layer(doc, 'sentences');
    expect(s.map((x) => x.boilerplate)).toEqual([false, true, false]);
    expect(s[1].endToken - s[1].firstToken).toBe(0);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2]);
  });
});

describe('textBlocks', () => {
  it('joins hard-wrapped lines of a paragraph', () => {
    const para = 'The foreign ministers of the two countries met in the capital on\nTuesday for talks that officials described as frank and useful, and\nagreed to meet again before the end of the year in a neutral city\nchosen by the mediators, who were not named by either of the sides\nat the close of the session.';
    const text = `${para}\n\n${para}`;
    expect(textBlocks(text)).toHaveLength(2);
  });
});
