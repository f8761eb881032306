import { describe, expect, it } from 'vitest';
import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import { createSegmentStage } from './segment-stage.js';
import { createWinkTagger, type TaggedBlock, type Tagger } from './tagger.js';
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

  it('gives every token the word ids of its lower-cased form and lemma, the same word the same id', () => {
    const doc = segmented('The ministers met in al-Anbar.\n\nThe Minister meets al-Anbar elders and met them again.');
    const t = layer(doc, 'tokens');
    const words = t.words!;
    for (let i = 0; i < t.count; i++) {
      expect(words.vocabulary.wordOf(words.text[i])).toBe(t.text[i]);
      expect(words.vocabulary.wordOf(words.lower[i])).toBe(t.lower[i]);
      expect(words.vocabulary.wordOf(words.lemma[i])).toBe(t.lemma[i]);
    }
    expect(words.lower[t.text.indexOf('Minister')]).toBe(words.lemma[t.text.indexOf('ministers')]);
    expect(words.lemma[t.text.indexOf('meets')]).toBe(words.lemma[t.text.indexOf('met')]);
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

describe('segment stage: placing tokens', () => {
  it.each([
    ['plain spaces', 'Iran met  Iraq in   Geneva.'],
    ['no-break and em spaces', 'Iran\u00a0met\u2003Iraq \u202f in Geneva.'],
    ['tabs and carriage returns, which wink-nlp makes tokens', 'Iran\tmet\rIraq \t in Geneva.'],
    ['contractions', "Officials can't say; it's Iran's CAN'T-miss vote, they won't."],
  ])('gives offsets that slice back to each token with %s', (_name, text) => {
    const doc = segmented(text);
    const t = layer(doc, 'tokens');
    expect(t.count).toBeGreaterThan(3);
    for (let i = 0; i < t.count; i++) expect(text.slice(t.start[i], t.end[i])).toBe(t.text[i]);
  });

  it('merges a hyphenated name only when no space surrounds the hyphen', () => {
    const words = (text: string) => layer(segmented(text), 'tokens').text;
    expect(words('Nuri al-Maliki spoke.')).toContain('al-Maliki');
    expect(words('Nuri al - Maliki spoke.')).not.toContain('al-Maliki');
    expect(words('Nuri al -Maliki spoke.')).not.toContain('al-Maliki');
  });

  it("falls back to the tagger's recorded spaces when a token is not where the text says", () => {
    // A tagger whose second token is not spelled as in the text ("MET" for "met").
    const tagger: Tagger = {
      tag: (): TaggedBlock => ({
        values: ['Iran', 'MET', 'Iraq'], lower: ['iran', 'met', 'iraq'], lemmas: ['iran', 'meet', 'iraq'],
        pos: ['PROPN', 'VERB', 'PROPN'], sentences: [[0, 2]], spaces: ['', ' ', ' '],
      }),
    };
    const doc = createSegmentStage(tagger).run(withLayers(createDocument(metaFor('t.txt'), 'Iran met Iraq'), { boilerplate: [] }));
    const t = layer(doc, 'tokens');
    expect([...t.start]).toEqual([0, 5, 9]);
    expect(t.lemma).toEqual(['iran', 'meet', 'iraq']);
  });
});

describe('wink tagger', () => {
  const tagger = createWinkTagger();

  it('gives the same lemmas for a text tagged again (lemmas are remembered per word and tag)', () => {
    const text = 'The ministers met and held talks; the talks were held after the ministers had met.';
    const first = tagger.tag(text);
    const again = tagger.tag(text);
    expect(again.lemmas).toEqual(first.lemmas);
    expect(first.lemmas).toContain('meet');
    expect(first.lemmas).toContain('talk');
  });

  it('takes the lemma of a contraction part from the contraction, not from the word', () => {
    const t = tagger.tag("He can't go. It's late.");
    expect(t.values).toEqual(['He', 'ca', "n't", 'go', '.', 'It', "'s", 'late', '.']);
    expect(t.lemmas).toEqual(['he', 'can', 'not', 'go', '.', 'it', 'be', 'late', '.']);
  });

  it('lower-cases values and lemmas', () => {
    const t = tagger.tag('TEHRAN Talks Ended');
    expect(t.lower).toEqual(['tehran', 'talks', 'ended']);
    expect(t.lemmas.every((l) => l === l.toLowerCase())).toBe(true);
  });

  it.each([
    ['after a tab', 'x\tcannot\u2026'],
    ['before punctuation', 'They cannot.'],
  ])('gives "cannot" its lower-cased value as lemma where wink-nlp gives none (%s)', (_name, text) => {
    const t = tagger.tag(text);
    expect(t.lemmas[t.values.indexOf('cannot')]).toBe('cannot');
  });

  it('gives the spaces before each token on request', () => {
    expect(tagger.tag('Iran  met Iraq').spaces).toEqual(['', '  ', ' ']);
  });
});

describe('textBlocks', () => {
  it('joins hard-wrapped lines of a paragraph', () => {
    const para = 'The foreign ministers of the two countries met in the capital on\nTuesday for talks that officials described as frank and useful, and\nagreed to meet again before the end of the year in a neutral city\nchosen by the mediators, who were not named by either of the sides\nat the close of the session.';
    const text = `${para}\n\n${para}`;
    expect(textBlocks(text)).toHaveLength(2);
  });
});
