import type { TokenTable } from '../../core/tokens.js';
import type { CueWords } from '../../lexicon/cue-words.js';
import { HARD_PUNCT, RELATIVE, SUBORDINATORS } from './clause.js';
import { HOPE } from './modality.js';
import type { PatternIndex } from './pattern-index.js';
import { WORD, WORD_ID_SHIFT } from './word-bits.js';
import { TIME_LEAD, TIME_WORDS } from './temporal.js';

/** Word -> its class bits, built once per stage from the pattern index and the cue words. */
export type WordClasses = ReadonlyMap<string, number>;

/**
 * Builds the word classes: every word of every list, with the bits of the lists it is in.
 *
 * @example
 * buildWordClasses(index, cues).get('said') // WORD.report | ...
 */
export function buildWordClasses(index: PatternIndex, cues: CueWords): WordClasses {
  const out = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) out.set(w, (out.get(w) ?? 0) | bit);
  };
  mark(index.patternWords, WORD.patternWord);
  mark(index.verbs.keys(), WORD.verbHead);
  mark(index.reVerbs.keys(), WORD.verbHead);
  mark(index.verbForms.keys(), WORD.verbHead);
  mark(index.nouns.keys(), WORD.nounHead);
  mark(cues.report, WORD.report);
  mark(cues.allegation, WORD.allegation);
  mark(HOPE, WORD.hope);
  mark(HARD_PUNCT, WORD.hardPunct);
  mark(SUBORDINATORS, WORD.subordinator);
  mark(RELATIVE, WORD.relative);
  mark(TIME_WORDS, WORD.timeWord);
  mark(TIME_LEAD, WORD.timeLead);
  for (const [w, id] of index.wordIds) out.set(w, (out.get(w) ?? 0) | (id << WORD_ID_SHIFT));
  return out;
}

/** Per document token, the class value (bits and pattern-word id) of its lower-cased form and of its lemma. */
export interface TokenClasses {
  readonly lower: Uint32Array;
  readonly lemma: Uint32Array;
}

/**
 * Classifies every token of a document: one lookup of its lower-cased form (a hyphenated form
 * unknown as such is looked up without its hyphens), and one of its lemma when that differs. Writes into `into` when it is large enough (the stage reuses one per run).
 *
 * @example
 * classifyTokens(classes, tokens).lemma[3] & WORD.report // "said" -> non-zero
 */
export function classifyTokens(classes: WordClasses, t: TokenTable, into?: TokenClasses): TokenClasses {
  const n = t.count;
  const lower = into && into.lower.length >= n ? into.lower : new Uint32Array(n);
  const lemma = into && into.lemma.length >= n ? into.lemma : new Uint32Array(n);
  const lowers = t.lower;
  const lemmas = t.lemma;
  for (let k = 0; k < n; k++) {
    const w = lowers[k];
    // "cease-fire" reads as "ceasefire", the spelling patterns are written in (they allow no hyphens).
    const bits = classes.get(w) ?? (w.includes('-') ? classes.get(w.replace(/-/g, '')) : undefined) ?? 0;
    lower[k] = bits;
    const l = lemmas[k];
    lemma[k] = l === w ? bits : classes.get(l) ?? 0;
  }
  return { lower, lemma };
}
