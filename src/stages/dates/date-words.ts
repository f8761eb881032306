import type { TokenTable } from '../../core/tokens.js';
import { UNKNOWN_FACT, type WordFacts } from '../../core/word-facts.js';
import { isParserWord } from './calendar-words.js';

/** What a lower-cased word may be to the dates stage, as bits. */
export const DATE_WORD = Object.freeze({
  /** The date parser could read something from it (`isParserWord`). */
  parserWord: 1 << 0,
  /** It starts with "1" or "2", as every year the stage reads as a number does. */
  yearStart: 1 << 1,
});

/**
 * The date word bits of a lower-cased word.
 *
 * @example
 * dateWordBits('1979') // DATE_WORD.parserWord | DATE_WORD.yearStart
 * dateWordBits('talks') // 0
 */
export function dateWordBits(lower: string): number {
  const c = lower.charCodeAt(0);
  return (isParserWord(lower) ? DATE_WORD.parserWord : 0) | (c === 49 || c === 50 ? DATE_WORD.yearStart : 0);
}

/**
 * The date word bits of every token of a document (`dateWordBits` of its lower-cased form), read
 * by word id through `facts` (the stage keeps one from document to document) when the tokens have
 * ids: most sentences hold no date, and a token's bits then save reading its text.
 *
 * @example
 * const bits = dateWordsOf(tokens, facts); // "Talks resumed on Monday." -> [0, 0, 0, 1, 0]
 */
export function dateWordsOf(tokens: TokenTable, facts: WordFacts): Uint8Array {
  const n = tokens.count;
  const bits = new Uint8Array(n);
  const words = tokens.words;
  if (words === undefined) {
    for (let i = 0; i < n; i++) bits[i] = dateWordBits(tokens.lower[i]);
    return bits;
  }
  const table = facts.tableFor(words.vocabulary);
  const ids = words.lower;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (id < 0) { bits[i] = dateWordBits(tokens.lower[i]); continue; }
    let b = table[id];
    if (b === UNKNOWN_FACT) b = table[id] = dateWordBits(tokens.lower[i]);
    bits[i] = b;
  }
  return bits;
}
