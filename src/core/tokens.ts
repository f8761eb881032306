/**
 * Universal POS tags as wink-nlp gives them.
 */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON'
  | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

import type { Vocabulary } from './vocabulary.js';

/**
 * All tokens of a document in one flat table (struct of arrays), in text order. Sentences and
 * every later layer refer to tokens by index. Offsets are UTF-16 `[start, end)`.
 */
export interface TokenTable {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Surface form as in the text. */
  readonly text: readonly string[];
  /** Lower-cased surface form. */
  readonly lower: readonly string[];
  /** Lower-cased lemma ("met" -> "meet", "talks" -> "talk"). */
  readonly lemma: readonly string[];
  readonly pos: readonly Pos[];
  /** Index of the sentence the token belongs to. */
  readonly sentence: Int32Array;
  /** Word ids of `lower` and `lemma`, when the segment stage gives them (absent in hand-built tables). */
  readonly words?: TokenWords;
}

/**
 * Per token, the vocabulary ids of its surface form, its lower-cased form and its lemma (-1: no
 * id; look the text up). Stages keep per-word facts by these ids (see `WordFacts`).
 *
 * @example
 * const id = tokens.words?.lemma[k] ?? -1; // the same id for every "meet" of every document
 */
export interface TokenWords {
  readonly vocabulary: Vocabulary;
  /** Ids of `TokenTable.text`, case kept ("Iran" and "iran" differ). */
  readonly text: Int32Array;
  readonly lower: Int32Array;
  readonly lemma: Int32Array;
}

/** Builds a token table from plain arrays (tests build small ones by hand). */
export function createTokenTable(rows: readonly { start: number; end: number; text: string; lemma?: string; pos: Pos; sentence?: number }[]): TokenTable {
  const n = rows.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const sentence = new Int32Array(n);
  const text: string[] = new Array(n);
  const lower: string[] = new Array(n);
  const lemma: string[] = new Array(n);
  const pos: Pos[] = new Array(n);
  rows.forEach((r, i) => {
    start[i] = r.start; end[i] = r.end; sentence[i] = r.sentence ?? 0;
    text[i] = r.text; lower[i] = r.text.toLowerCase(); lemma[i] = (r.lemma ?? r.text).toLowerCase(); pos[i] = r.pos;
  });
  return Object.freeze({ count: n, start, end, text, lower, lemma, pos, sentence });
}
