import { describe, expect, it } from 'vitest';
import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import type { TokenTable } from '../../core/tokens.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createWinkTagger } from '../segment/tagger.js';
import { classifyTokens, createWordMemo, type WordClasses } from './word-classes.js';
import { WORD, WORD_ID_SHIFT } from './word-bits.js';

const segment = createSegmentStage(createWinkTagger());

const CLASSES: WordClasses = Object.freeze(Object.assign(Object.create(null) as Record<string, number>, {
  meet: WORD.verbHead | WORD.patternWord | (1 << WORD_ID_SHIFT),
  talk: WORD.nounHead | (2 << WORD_ID_SHIFT),
  with: WORD.patternWord | (3 << WORD_ID_SHIFT),
  say: WORD.report,
  ceasefire: WORD.nounHead | (4 << WORD_ID_SHIFT),
}));

function tokensOf(text: string): TokenTable {
  return layer(segment.run(withLayers(createDocument(metaFor('t.txt'), text), { boilerplate: [] })), 'tokens');
}

/** The same tokens without word ids, as a hand-built table has them. */
function withoutIds(t: TokenTable): TokenTable {
  return { ...t, words: undefined };
}

describe('classifyTokens', () => {
  it.each([
    'Iran met Iraq and held talks with Syria, officials said.',
    'The cease-fire held; the Ceasefire talks met with success.',
    'Talks, TALKS and talks: they say they will meet again.',
  ])('gives by word ids what it gives by text for %j', (text) => {
    const t = tokensOf(text);
    const memo = createWordMemo();
    // Twice with one memo: the second time every word is remembered by id.
    classifyTokens(CLASSES, t, undefined, memo);
    const byIds = classifyTokens(CLASSES, t, undefined, memo);
    const byText = classifyTokens(CLASSES, withoutIds(t));
    expect([...byIds.lower]).toEqual([...byText.lower]);
    expect([...byIds.lemma]).toEqual([...byText.lemma]);
  });

  it('marks "said" a report cue by its lemma and "cease-fire" a noun head and hyphenated form', () => {
    const t = tokensOf('The cease-fire held, officials said.');
    const c = classifyTokens(CLASSES, t, undefined, createWordMemo());
    expect(c.lemma[t.text.indexOf('said')] & WORD.report).not.toBe(0);
    expect(c.lower[t.text.indexOf('cease-fire')] & (WORD.nounHead | WORD.hyphenated)).toBe(WORD.nounHead | WORD.hyphenated);
  });
});
