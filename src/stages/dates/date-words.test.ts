import { describe, expect, it } from 'vitest';
import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import { WordFacts } from '../../core/word-facts.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createWinkTagger } from '../segment/tagger.js';
import { findDateMentions } from './date-mentions.js';
import { createDateParser } from './date-parser.js';
import { DATE_WORD, dateWordBits, dateWordsOf } from './date-words.js';
import { createTokenDateReader } from './token-date-reader.js';

const segment = createSegmentStage(createWinkTagger());
const parser = createDateParser();
const reader = createTokenDateReader();

function segmented(text: string) {
  return segment.run(withLayers(createDocument(metaFor('t.txt'), text), { boilerplate: [] }));
}

describe('date words', () => {
  it.each([
    ['monday', DATE_WORD.parserWord],
    ['1979', DATE_WORD.parserWord | DATE_WORD.yearStart],
    ['1980s', DATE_WORD.parserWord | DATE_WORD.yearStart],
    ['2-year', DATE_WORD.parserWord | DATE_WORD.yearStart],
    ['two-year', DATE_WORD.parserWord],
    ['40', DATE_WORD.parserWord],
    ['talks', 0],
    ['', 0],
  ])("gives '%s' the bits %i", (word, bits) => {
    expect(dateWordBits(word)).toBe(bits);
  });

  it('gives by word ids what it gives by text', () => {
    const tokens = layer(segmented('Talks resumed on Monday, 12 years after the 1990s war and the 1979 crisis.'), 'tokens');
    const facts = new WordFacts();
    dateWordsOf(tokens, facts);
    expect([...dateWordsOf(tokens, facts)]).toEqual([...dateWordsOf({ ...tokens, words: undefined }, facts)]);
    expect([...dateWordsOf(tokens, facts)]).toEqual(tokens.lower.map(dateWordBits));
  });

  it.each([
    'Talks resumed on Monday, 12 years after the 1990s war and since the 1979 crisis.',
    'On March 3, 2007, troops left; by last week 2000 troops had come back, officials said Tuesday night.',
  ])('finds the same dates with and without word bits in %j', (text) => {
    const doc = segmented(text);
    const published = { year: 2007, month: 5, day: 28 };
    const args = [text, layer(doc, 'sentences'), layer(doc, 'tokens'), parser, published, reader] as const;
    const facts = new WordFacts();
    const plain = findDateMentions(...args);
    expect(findDateMentions(...args, facts)).toEqual(plain);
    expect(findDateMentions(...args, facts)).toEqual(plain);
    expect(plain.length).toBeGreaterThan(1);
  });
});
