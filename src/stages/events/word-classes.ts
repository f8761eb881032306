import type { TokenTable } from '../../core/tokens.js';
import { UNKNOWN_FACT, WordFacts } from '../../core/word-facts.js';
import type { CueWords } from '../../lexicon/cue-words.js';
import { HARD_PUNCT, RELATIVE, SUBORDINATORS } from './clause.js';
import { HOPE } from './modality.js';
import type { PatternIndex } from './pattern-index.js';
import { WORD, WORD_ID_SHIFT } from './word-bits.js';
import { TIME_LEAD, TIME_WORDS } from './temporal.js';

/**
 * Word -> its class value, built once per stage from the pattern index and the cue words. A
 * null-prototype object rather than a Map: a token's string is looked up by V8's string table
 * (the word becomes a pointer to its interned twin once found), which costs about half a Map's
 * hashing and comparing, and classifying every token is the stage's single largest loop.
 */
export type WordClasses = Readonly<Record<string, number>>;

/**
 * Builds the word classes: every word of every list, with the bits of the lists it is in.
 *
 * @example
 * buildWordClasses(index, cues)['said'] // WORD.report | ...
 */
export function buildWordClasses(index: PatternIndex, cues: CueWords): WordClasses {
  const out = Object.create(null) as Record<string, number>;
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) out[w] = (out[w] ?? 0) | bit;
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
  for (const [w, id] of index.wordIds) out[w] = (out[w] ?? 0) | (id << WORD_ID_SHIFT);
  return Object.freeze(out);
}

/** Per document token, the class value (bits and pattern-word id) of its lower-cased form and of its lemma. */
export interface TokenClasses {
  readonly lower: Uint32Array;
  readonly lemma: Uint32Array;
}

/**
 * The class values a stage has looked up, by word, kept from one document to the next (a word-level
 * memo; nothing per sentence or document). Most words are in no list, and an object finds a word
 * that is no interned string only after a search of V8's string table; a word stored as a key of
 * the memo is interned once, and every later lookup of it is a plain property load.
 */
export interface WordMemo {
  /** Class value of a lower-cased form (with the hyphen rule of `classifyTokens`). */
  readonly forms: Record<string, number>;
  /** Class value of a lemma (looked up as written). */
  readonly lemmas: Record<string, number>;
  /** Words stored in both tables together. */
  size: number;
  /** The same class values by word id, for tokens that carry ids (see `TokenWords`). */
  readonly formsById: WordFacts;
  readonly lemmasById: WordFacts;
}

/** Past this many words a memo stops growing (new words are then looked up each time). */
const MEMO_LIMIT = 200_000;

/**
 * An empty memo for `classifyTokens`.
 *
 * @example
 * classifyTokens(classes, tokens, undefined, createWordMemo())
 */
export function createWordMemo(): WordMemo {
  return {
    forms: Object.create(null) as Record<string, number>,
    lemmas: Object.create(null) as Record<string, number>,
    size: 0,
    formsById: new WordFacts(),
    lemmasById: new WordFacts(),
  };
}

/**
 * Classifies every token of a document: one lookup of its lower-cased form (a hyphenated form
 * unknown as such is looked up without its hyphens), and one of its lemma when that differs.
 * Writes into `into` when it is large enough, and looks words up through `memo` (the stage keeps
 * one of each from run to run).
 *
 * @example
 * classifyTokens(classes, tokens).lemma[3] & WORD.report // "said" -> non-zero
 */
export function classifyTokens(classes: WordClasses, t: TokenTable, into?: TokenClasses, memo: WordMemo = createWordMemo()): TokenClasses {
  const n = t.count;
  const lower = into && into.lower.length >= n ? into.lower : new Uint32Array(n);
  const lemma = into && into.lemma.length >= n ? into.lemma : new Uint32Array(n);
  if (t.words !== undefined) {
    classifyByIds(classes, t, lower, lemma, memo);
    return { lower, lemma };
  }
  const lowers = t.lower;
  const lemmas = t.lemma;
  const forms = memo.forms;
  const lemmaValues = memo.lemmas;
  for (let k = 0; k < n; k++) {
    const w = lowers[k];
    let bits = forms[w];
    if (bits === undefined) {
      bits = formValue(classes, w);
      if (memo.size < MEMO_LIMIT) { forms[w] = bits; memo.size++; }
    }
    lower[k] = bits;
    const l = lemmas[k];
    if (l === w) { lemma[k] = bits; continue; }
    let lemmaBits = lemmaValues[l];
    if (lemmaBits === undefined) {
      lemmaBits = classes[l] ?? 0;
      if (memo.size < MEMO_LIMIT) { lemmaValues[l] = lemmaBits; memo.size++; }
    }
    lemma[k] = lemmaBits;
  }
  return { lower, lemma };
}

/**
 * `classifyTokens` for tokens with word ids: one read by id per token and word class, the text
 * looked up only the first time a word id is met (or for a token without an id).
 */
function classifyByIds(classes: WordClasses, t: TokenTable, lower: Uint32Array, lemma: Uint32Array, memo: WordMemo): void {
  const words = t.words!;
  const forms = memo.formsById.tableFor(words.vocabulary);
  const lemmaValues = memo.lemmasById.tableFor(words.vocabulary);
  const lowerIds = words.lower;
  const lemmaIds = words.lemma;
  for (let k = 0, n = t.count; k < n; k++) {
    const id = lowerIds[k];
    let bits = id < 0 ? formValue(classes, t.lower[k]) : forms[id];
    if (bits === UNKNOWN_FACT) bits = forms[id] = formValue(classes, t.lower[k]);
    lower[k] = bits;
    const lemmaId = lemmaIds[k];
    if (id < 0 || lemmaId < 0) {
      // As classifyTokens: a lemma spelled as the form takes the form's value.
      lemma[k] = t.lemma[k] === t.lower[k] ? bits : classes[t.lemma[k]] ?? 0;
      continue;
    }
    if (lemmaId === id) { lemma[k] = bits; continue; }
    let lemmaBits = lemmaValues[lemmaId];
    if (lemmaBits === UNKNOWN_FACT) lemmaBits = lemmaValues[lemmaId] = classes[t.lemma[k]] ?? 0;
    lemma[k] = lemmaBits;
  }
}

/**
 * A lower-cased form's class value: "cease-fire" reads as "ceasefire", the spelling patterns are
 * written in (they allow no hyphens), and is marked `WORD.hyphenated`.
 */
function formValue(classes: WordClasses, w: string): number {
  if (!w.includes('-')) return classes[w] ?? 0;
  return (classes[w] ?? classes[w.replace(/-/g, '')] ?? 0) | WORD.hyphenated;
}
