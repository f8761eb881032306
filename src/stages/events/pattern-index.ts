import type { EventPattern, PatternSet } from '../../lexicon/pattern-types.js';
import { elementKinds } from './element-kinds.js';
import { MAX_SPAN } from './match-pattern.js';
import { hasWordId, wordIdSet } from './word-id-set.js';
import { WORD, wordIdOf } from './word-bits.js';
import type { TokenClasses } from './word-classes.js';

/** The patterns of one head, indexed by the first word each requires after the head. */
export interface HeadPatterns {
  /** Patterns that require no literal word after the head ("accuse $T"). */
  readonly open: readonly IndexedPattern[];
  /** Patterns by the word id of each alternative of their first required word ("talk" -> "hold talk with $T"). */
  readonly byWord: ReadonlyMap<number, readonly IndexedPattern[]>;
  /** The keys of `byWord` as a bitset (`hasWordId`): most words near a head are none of them, and a bit test is cheaper than the lookup. */
  readonly firstWords: Uint32Array;
  /** True when `byWord` holds any pattern (read on the head itself: asked of every trigger). */
  readonly keyed: boolean;
  /** True when the head has a bare transitive pattern (`$T` alone after the head). */
  readonly transitive: boolean;
}

export interface IndexedPattern {
  readonly pattern: EventPattern;
  /** Position in the head's bucket (most specific first): ties keep this order. */
  readonly rank: number;
  /**
   * How far after the head its first required word can match: right after the head (over at most
   * `MAX_SPAN` tokens) when the word opens the pattern, else anywhere in the candidate window.
   */
  readonly reach: number;
  /**
   * Per element of `pattern.after`, the word ids of a word's alternatives (`PatternIndex.wordIds`)
   * as a bitset (`wordIdSet`), shared by elements with the same alternatives; null for a slot.
   */
  readonly words: readonly (Uint32Array | null)[];
  /** Per element of `pattern.after`, its kind (`ELEMENT`). */
  readonly kinds: Uint8Array;
  /**
   * Per required word of the pattern after its first, the word ids of its alternatives: a sentence
   * lacking all of one cannot match. (The first is known present when the pattern is a candidate.)
   * Flat, in one array read once per candidate: per word, the count of its alternatives, then
   * their ids ([2, 17, 40, 1, 9]: "with" or "alongside", then "over").
   */
  readonly laterRequired: Int32Array;
  /** The highest score a match of the pattern can reach (`bestMatch`): 4 per word, 2 per slot found, 1 for an unknown target. */
  readonly maxScore: number;
}

/** Every head's patterns, verbs and nouns apart, indexed for the sentence at hand. */
export interface PatternIndex {
  readonly verbs: ReadonlyMap<string, HeadPatterns>;
  readonly nouns: ReadonlyMap<string, HeadPatterns>;
  /** Verb heads spelled with "re-" ("re-impose" -> impose). */
  readonly reVerbs: ReadonlyMap<string, HeadPatterns>;
  /** Past, -ing and third-person forms of verb heads by surface form ("tortured", "lifts"), for mis-tagged verbs. */
  readonly verbForms: ReadonlyMap<string, HeadPatterns>;
  /** Every word that is the first required word of some pattern ("with", "for", "talk"). */
  readonly patternWords: ReadonlySet<string>;
  /** Every literal word of every pattern, numbered from 1: tokens and patterns compare ids, not strings. */
  readonly wordIds: ReadonlyMap<string, number>;
}

/**
 * Indexes a pattern set so a trigger tries only the patterns whose first required word occurs
 * in its sentence: the big buckets ("demand" has about a hundred patterns) stay cheap.
 *
 * @example
 * candidatePatterns(index.verbs.get('accuse')!, tokens, trigger, sentenceEnd)
 */
export function indexPatterns(set: PatternSet): PatternIndex {
  const wordIds = numberWords(set);
  const idSets = new Map<string, Uint32Array>();
  const verbs = indexBuckets(set.byVerb, wordIds, idSets);
  const nouns = indexBuckets(set.byNoun, wordIds, idSets);
  const reVerbs = new Map<string, HeadPatterns>();
  for (const [v, head] of verbs) reVerbs.set(`re-${v}`, head);
  const verbForms = indexVerbForms(verbs);
  const patternWords = new Set<string>();
  for (const patterns of [...set.byVerb.values(), ...set.byNoun.values()]) {
    for (const p of patterns) {
      const first = firstRequiredWord(p);
      if (first) for (const w of first.words) patternWords.add(w);
    }
  }
  return { verbs, nouns, reVerbs, verbForms, patternWords, wordIds };
}

function numberWords(set: PatternSet): Map<string, number> {
  const ids = new Map<string, number>();
  for (const patterns of [...set.byVerb.values(), ...set.byNoun.values()]) {
    for (const p of patterns) for (const el of p.after) if (el.kind === 'word') for (const w of el.words) if (!ids.has(w)) ids.set(w, ids.size + 1);
  }
  return ids;
}

function firstRequiredWord(pattern: EventPattern): Extract<EventPattern['after'][number], { kind: 'word' }> | undefined {
  const first = pattern.after.find((el) => el.kind === 'word' && !el.optional);
  return first && first.kind === 'word' ? first : undefined;
}

/**
 * A head's patterns, most specific first: more required words first, and among patterns with as
 * many, the finer code first, so `0813 lift curfew` is tried before the fallback `081 lift curfew`
 * (a subcode is never outranked by its root's general code). Otherwise file order is kept.
 *
 * @example
 * bySpecificity([p081LiftCurfew, p0813LiftCurfew]) // [p0813LiftCurfew, p081LiftCurfew]
 */
export function bySpecificity(patterns: readonly EventPattern[]): EventPattern[] {
  return [...patterns].sort((a, b) => b.literalCount - a.literalCount || b.code.length - a.code.length);
}

function indexBuckets(buckets: ReadonlyMap<string, readonly EventPattern[]>, wordIds: ReadonlyMap<string, number>, idSets: Map<string, Uint32Array>): Map<string, HeadPatterns> {
  const out = new Map<string, HeadPatterns>();
  for (const [head, patterns] of buckets) {
    const open: IndexedPattern[] = [];
    const byWord = new Map<number, IndexedPattern[]>();
    bySpecificity(patterns).forEach((pattern, rank) => {
      const words = pattern.after.map((el) => (el.kind === 'word' ? wordIdSet(el.words, wordIds, idSets) : null));
      const maxScore = words.filter((w) => w !== null).length * 4 + 5;
      const kinds = elementKinds(pattern.after);
      const first = firstRequiredWord(pattern);
      const laterRequired = Int32Array.from(pattern.after.flatMap((el) => (el.kind === 'word' && !el.optional && el !== first ? [el.words.length, ...el.words.map((w) => wordIds.get(w) ?? 0)] : [])));
      if (!first) { open.push({ pattern, rank, reach: CANDIDATE_WINDOW, words, kinds, laterRequired, maxScore }); return; }
      const reach = first === pattern.after[0] ? 1 + MAX_SPAN : CANDIDATE_WINDOW;
      const indexed: IndexedPattern = { pattern, rank, reach, words, kinds, laterRequired, maxScore };
      for (const w of new Set(first.words)) {
        const id = wordIds.get(w) ?? 0;
        const list = byWord.get(id);
        if (list) list.push(indexed); else byWord.set(id, [indexed]);
      }
    });
    // A bare `$T` pattern requires no word, so it is open: every candidate list of the head holds it.
    const transitive = open.some(({ pattern: p }) => p.after[0]?.kind === 'target' && p.after.length === 1);
    const firstWords = new Uint32Array((wordIds.size >>> 5) + 1);
    for (const id of byWord.keys()) firstWords[id >>> 5] |= 1 << (id & 31);
    out.set(head, { open, byWord, firstWords, keyed: byWord.size > 0, transitive });
  }
  return out;
}

/**
 * Every surface form that `pastTenseHead` maps to a verb head, with that head: "-ed" and "-ing"
 * on the head, on the head less its final "e", with its last letter doubled, or with "y" -> "i".
 */
function indexVerbForms(verbs: ReadonlyMap<string, HeadPatterns>): Map<string, HeadPatterns> {
  const out = new Map<string, HeadPatterns>();
  for (const v of verbs.keys()) {
    const stems = [v, `${v}${v.at(-1) ?? ''}`];
    if (v.endsWith('e')) stems.push(v.slice(0, -1));
    if (v.endsWith('y')) stems.push(`${v.slice(0, -1)}i`);
    for (const stem of stems) {
      for (const form of [`${stem}ed`, `${stem}ing`]) {
        const head = pastTenseHead(verbs, form);
        if (head) out.set(form, head);
      }
    }
  }
  // Third-person forms ("lifts", "pushes", "denies") for headline verbs tagged as nouns; past forms win a clash.
  for (const [v, head] of verbs) {
    const form = /(?:s|sh|ch|x|z)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`;
    if (!out.has(form)) out.set(form, head);
  }
  return out;
}

/** "tortured" or "striking" tagged as a noun or adjective keeps that lemma: the verb it is a form of. */
function pastTenseHead(verbs: ReadonlyMap<string, HeadPatterns>, w: string): HeadPatterns | undefined {
  const suffix = w.endsWith('ed') ? 2 : w.endsWith('ing') ? 3 : 0;
  if (suffix === 0 || w.length < 5) return undefined;
  const stem = w.slice(0, -suffix);
  return verbs.get(`${stem}e`) ?? verbs.get(stem) ?? (stem.at(-1) === stem.at(-2) ? verbs.get(stem.slice(0, -1)) : undefined)
    ?? (stem.endsWith('i') ? verbs.get(`${stem.slice(0, -1)}y`) : undefined);
}

/**
 * The head's patterns that can match after the head at `k`: those whose first required word occurs
 * later in the sentence (its lower-cased form or lemma) within the pattern's reach, in bucket order.
 * (A pattern left out for its reach could not match: `matchPattern` would not find its first word.)
 * `patternWords` are the sentence's tokens that are some pattern's first word (`patternWordTokens`).
 * With `present` (`sentenceWordIds`), a pattern is also left out when one of its required words
 * is nowhere in the sentence: most patterns of the big buckets fail so, on their second word.
 */
export function candidatePatterns(head: HeadPatterns, classes: TokenClasses, k: number, end: number, patternWords: readonly number[],
  present?: Uint32Array): readonly IndexedPattern[] {
  if (!head.keyed) return head.open;
  let picked: IndexedPattern[] | null = null;
  const stop = Math.min(end, k + 1 + CANDIDATE_WINDOW);
  for (let i = 0; i < patternWords.length; i++) {
    const j = patternWords[i];
    if (j <= k) continue;
    if (j >= stop) break;
    const lower = wordIdOf(classes.lower[j]);
    const a = lower === 0 || !hasWordId(head.firstWords, lower) ? undefined : head.byWord.get(lower);
    if (a) picked = add(picked, head, a, j - k, present);
    // Equal ids are equal words: a lemma looked up only when it differs from the form.
    const lemma = wordIdOf(classes.lemma[j]);
    if (lemma !== lower && lemma !== 0 && hasWordId(head.firstWords, lemma)) {
      const b = head.byWord.get(lemma);
      if (b) picked = add(picked, head, b, j - k, present);
    }
  }
  return picked ?? head.open;
}

/**
 * The tokens of `[first, end)` whose lower-cased form or lemma is the first required word of some
 * pattern, in order: looked up once per sentence rather than once per trigger and window token.
 *
 * @example
 * patternWordTokens(classifyTokens(classes, tokens), 0, 6) // "Iran held talks with Iraq ." -> [2, 3] ("talk", "with")
 */
export function patternWordTokens(classes: TokenClasses, first: number, end: number): number[] {
  const { lower, lemma } = classes;
  const out: number[] = [];
  for (let j = first; j < end; j++) if (((lower[j] | lemma[j]) & WORD.patternWord) !== 0) out.push(j);
  return out;
}

/**
 * A filter of the word ids of every token of `[first, end)`, by form and lemma: 512 bits, an id
 * folded onto bit `id % 512` (small enough for V8 to allocate on its heap, as one per sentence is;
 * a bit set by another id only lets a pattern be tried).
 *
 * @example
 * mayHaveWordId(sentenceWordIds(classes, 0, 6), index.wordIds.get('with')!) // "Iran held talks with Iraq ." -> true
 */
export function sentenceWordIds(classes: TokenClasses, first: number, end: number): Uint32Array {
  const { lower, lemma } = classes;
  const present = new Uint32Array(SENTENCE_FILTER_WORDS);
  for (let j = first; j < end; j++) {
    const a = wordIdOf(lower[j]) & SENTENCE_FILTER_MASK;
    const b = wordIdOf(lemma[j]) & SENTENCE_FILTER_MASK;
    present[a >>> 5] |= 1 << (a & 31);
    present[b >>> 5] |= 1 << (b & 31);
  }
  return present;
}

const SENTENCE_FILTER_WORDS = 16;
const SENTENCE_FILTER_MASK = SENTENCE_FILTER_WORDS * 32 - 1;

/** Whether word id `id` may be in the sentence filter `present` (`sentenceWordIds`). */
export function mayHaveWordId(present: Uint32Array, id: number): boolean {
  const bit = id & SENTENCE_FILTER_MASK;
  return ((present[bit >>> 5] >>> (bit & 31)) & 1) !== 0;
}

/** Whether every later required word of `p` may have an alternative among the `present` ids. */
function laterWordsPresent(p: IndexedPattern, present: Uint32Array): boolean {
  const required = p.laterRequired;
  for (let r = 0; r < required.length;) {
    const end = r + 1 + required[r];
    let found = false;
    for (let i = r + 1; i < end && !found; i++) found = mayHaveWordId(present, required[i]);
    if (!found) return false;
    r = end;
  }
  return true;
}

/** Pattern words lie within a few words of each other: a pattern's first word is never far from its head. */
const CANDIDATE_WINDOW = 24;

/**
 * Adds the patterns of `list` that reach `distance` to `picked` (the head's open patterns when
 * null), keeping it in rank order and without repeats: the lists are short, so an insertion from
 * the end beats a sort after.
 */
function add(picked: IndexedPattern[] | null, head: HeadPatterns, list: readonly IndexedPattern[], distance: number, present: Uint32Array | undefined): IndexedPattern[] | null {
  let into = picked;
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (p.reach < distance) continue;
    into ??= head.open.slice();
    insertByRank(into, p, present);
  }
  return into;
}

/**
 * Inserts `p` into `sorted` (by rank) unless it is there or (with `present`) one of its later
 * required words is missing from the sentence; a head's patterns have distinct ranks.
 */
function insertByRank(sorted: IndexedPattern[], p: IndexedPattern, present: Uint32Array | undefined): void {
  let at = sorted.length;
  while (at > 0 && sorted[at - 1].rank > p.rank) at--;
  if (at > 0 && sorted[at - 1] === p) return;
  if (present !== undefined && !laterWordsPresent(p, present)) return;
  if (at === sorted.length) sorted.push(p); else sorted.splice(at, 0, p);
}
