import type { EventPattern } from '../../lexicon/pattern-types.js';
import { ELEMENT } from './element-kinds.js';
import type { IndexedPattern } from './pattern-index.js';
import { unitAtToken, type ActorUnit, type SentenceView } from './sentence-view.js';
import { isTemporal } from './temporal.js';
import { WORD, wordIdOf } from './word-bits.js';
import { hasWordId } from './word-id-set.js';

/** Where a pattern matched: the last token it used and the actors its slots found. */
export interface PatternMatch {
  readonly pattern: EventPattern;
  /** One past the last token the pattern's words or slots used. */
  readonly end: number;
  /** Tokens of the literal words it matched (they cannot trigger another event). */
  readonly literalTokens: readonly number[];
  readonly target: ActorUnit | null;
  readonly source: ActorUnit | null;
  /** True when the pattern has a $T slot and it held a noun phrase that is no known actor. */
  readonly targetUnknown: boolean;
  /** Where the target slot began (to look for an actor inside an unknown noun phrase). */
  readonly targetStart: number;
  readonly literals: number;
}

const NO_TOKENS: readonly number[] = Object.freeze([]);

/** Words a pattern may step over between its elements: "held [two days of] talks with". */
const GAP_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON', 'PART', 'NOUN', 'PROPN', 'SYM']);
/** How many words a pattern may step over between its elements (and between its head and first word). */
export const MAX_GAP = 4;
/** How many tokens a gap may span, its joining words (`isLink`) included. */
export const MAX_SPAN = 8;
/** Quantifier words inside a skipped noun phrase: "more than a dozen", "dozens of", "over $3 million", "about 200". */
const GAP_WORDS = new Set(['than', 'of', '-', 'over', 'about', 'around', 'nearly', 'approximately', 'roughly', 'some', 'up']);
const NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART']);

/**
 * Tries `indexed`'s pattern on the words after its head at token `head`. With `passive`, the `$T`
 * slot is skipped: the target is the passive subject, found elsewhere.
 *
 * @example
 * // "accused Tehran of fomenting" with pattern `accuse $T of` -> target: the Tehran unit
 */
export function matchPattern(view: SentenceView, indexed: IndexedPattern, head: number, passive: boolean): PatternMatch | null {
  const pattern = indexed.pattern;
  const words = indexed.words;
  let cursor = head + 1;
  let target: ActorUnit | null = null;
  let source: ActorUnit | null = null;
  let targetUnknown = false;
  let targetStart = -1;
  let literals = 0;
  let literalTokens: number[] | null = null;
  const kinds = indexed.kinds;
  let afterUnit = false;
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind === ELEMENT.word || kind === ELEMENT.optionalWord) {
      let k = findWord(view, words[i]!, cursor);
      // "called on the UN mission in Haiti to": the words after an actor may belong to its noun phrase.
      if (k < 0 && afterUnit) { const tail = unitTailEnd(view, cursor); if (tail > cursor) k = findWord(view, words[i]!, tail); }
      afterUnit = false;
      if (k < 0) {
        if (kind === ELEMENT.optionalWord) continue;
        return null;
      }
      (literalTokens ??= []).push(k);
      literals++;
      cursor = k + 1;
      continue;
    }
    const isTarget = kind === ELEMENT.target;
    if (isTarget && passive) continue;
    const unit = findUnit(view, cursor);
    if (unit) {
      if (isTarget) target = unit; else source = unit;
      cursor = unit.end;
      afterUnit = true;
      continue;
    }
    // An unknown noun phrase ends before the pattern's next word: "gave the FBI access to".
    const next = i + 1 < kinds.length ? words[i + 1] : null;
    const skipped = skipNounPhrase(view, cursor, next);
    if (skipped === cursor) {
      // "X and Y met yesterday": a final target slot may stay empty; the stage looks for one elsewhere.
      if (isTarget && i === kinds.length - 1) break;
      return null;
    }
    if (isTarget) { targetUnknown = true; targetStart = cursor; }
    cursor = skipped;
  }
  return { pattern, end: cursor, literalTokens: literalTokens ?? NO_TOKENS, target, source, targetUnknown, targetStart, literals };
}

/** The first token from `from` (within `MAX_SPAN` tokens, over at most `MAX_GAP` counted gap words) whose form or lemma has one of the word ids `ids` (a bitset), or -1. */
function findWord(view: SentenceView, ids: Uint32Array, from: number): number {
  const t = view.tokens;
  const { lower, lemma } = view.classes;
  let gap = 0;
  for (let k = from; k < view.end && k <= from + MAX_SPAN && gap <= MAX_GAP; k++) {
    const lowerId = wordIdOf(lower[k]);
    const lemmaId = wordIdOf(lemma[k]);
    // Id 0 is no pattern word: never among `ids`.
    // "agreed on Wednesday that": a preposition that opens a time phrase is no pattern word ("agree on").
    if ((lowerId !== 0 || lemmaId !== 0) && (hasWordId(ids, lowerId) || hasWordId(ids, lemmaId)) && !isTimeLead(view, k)) return k;
    if (isLink(view, k, from)) continue;
    // "shared intelligence on the militants with France", "held talks about trade with": a topic
    // phrase may stand between a pattern's words.
    if (TOPIC_PREPOSITIONS.has(t.lower[k])) { gap++; continue; }
    // A hyphenated compound ("open-ended", tagged a verb) modifies the noun after it.
    if (!GAP_POS.has(t.pos[k]) && !GAP_WORDS.has(t.lower[k]) && !isTemporal(view, k) && !isQuantityWord(t, k, view.end) && !isCompound(t.lower[k])) return -1;
    // "25,000 tons of food aid": a number and the "of" of a measure phrase take no gap of their own.
    if (t.pos[k] === 'NUM' || t.lower[k] === 'of') continue;
    gap++;
  }
  return -1;
}

/**
 * Words that join the modifiers of one noun phrase and do not count as gap words: a determiner, a
 * hyphen, and "and", "or" or a comma between two modifiers ("the pre-existing trade and travel
 * restrictions", "food, medicine and tents").
 */
function isLink(view: SentenceView, k: number, from: number): boolean {
  const t = view.tokens;
  if (t.pos[k] === 'DET' || t.lower[k] === '-') return true;
  // "an open-ended": the word glued to a hyphen is part of the compound before it.
  if (k > from && t.lower[k - 1] === '-' && t.end[k - 1] === t.start[k]) return true;
  const w = t.lower[k];
  if (w !== 'and' && w !== 'or' && w !== ',') return false;
  if (k + 1 >= view.end) return false;
  // "artillery, mortar, and rocket fire": the comma before "and", and the "and" after it.
  const prevOk = k === from || MODIFIER_POS.has(t.pos[k - 1]) || (w !== ',' && t.lower[k - 1] === ',');
  const next = t.lower[k + 1];
  if (w === ',' && next !== 'and' && next !== 'or' && !listGoesOn(view, k + 1)) return false;
  return prevOk && (MODIFIER_POS.has(t.pos[k + 1]) || (w === ',' && (next === 'and' || next === 'or')));
}

/**
 * "food, medicine and tents": a comma joins list members only when an "and" or "or" closes the list
 * a few words on; in "killing 20 people, relief officials said" it ends the phrase.
 */
function listGoesOn(view: SentenceView, from: number): boolean {
  const t = view.tokens;
  for (let k = from; k < view.end && k < from + LIST_REACH; k++) {
    const w = t.lower[k];
    if (w === 'and' || w === 'or') return true;
    if (!MODIFIER_POS.has(t.pos[k]) && w !== ',' && t.pos[k] !== 'DET') return false;
  }
  return false;
}

/** How many words after a comma the "and" or "or" of a list may come. */
const LIST_REACH = 6;

/** A word of two parts joined by a hyphen ("open-ended", "long-range"). */
function isCompound(w: string): boolean {
  const i = w.indexOf('-');
  return i > 0 && i < w.length - 1;
}

const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** "up to 400 troops", "close to $3 million", "at least 20 people": the preposition of a quantity is a gap word. */
function isQuantityWord(t: SentenceView['tokens'], k: number, end: number): boolean {
  const w = t.lower[k];
  return (w === 'to' && k > 0 && (t.lower[k - 1] === 'up' || t.lower[k - 1] === 'close')) || (w === 'at' && k + 1 < end && t.lower[k + 1] === 'least');
}

/** Words that may open a noun phrase before its actor: "over 150 Palestinian prisoners", "at least two". */
const QUANTIFIERS = new Set(['over', 'about', 'around', 'nearly', 'almost', 'some', 'more', 'than', 'at', 'least', 'up', 'to', 'roughly', 'approximately', 'dozens', 'hundreds', 'thousands', 'of']);

function findUnit(view: SentenceView, from: number): ActorUnit | null {
  const t = view.tokens;
  for (let k = from; k < view.end && k <= from + 4; k++) {
    const u = unitAtToken(view, k);
    if (u) return u;
    const pos = t.pos[k];
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'ADV' && !QUANTIFIERS.has(t.lower[k]) && !isTemporal(view, k)) return null;
  }
  return null;
}

function skipNounPhrase(view: SentenceView, from: number, next: Uint32Array | null): number {
  const t = view.tokens;
  let k = from;
  while (k < view.end && k - from < 6 && NP_POS.has(t.pos[k])) {
    if (next !== null && k > from && isWord(view, k, next)) break;
    k++;
  }
  return k;
}

/** Prepositions that open a topic phrase. */
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'over', 'regarding', 'concerning']);

/** Prepositions that join a place or body to the noun phrase of an actor: "the UN mission in Haiti". */
const TAIL_PREPOSITIONS = new Set(['in', 'of', 'from', 'for']);

/**
 * Where the noun phrase of the actor that ended at `from` ends: its own head nouns ("the UN
 * [stabilization mission]") and a prepositional phrase naming another actor ("in Haiti"); `from`
 * when there is none.
 */
function unitTailEnd(view: SentenceView, from: number): number {
  const t = view.tokens;
  let k = from;
  while (k < view.end && k < from + 3 && (t.pos[k] === 'NOUN' || t.pos[k] === 'PROPN') && !unitAtToken(view, k)) k++;
  if (k < view.end && TAIL_PREPOSITIONS.has(t.lower[k])) {
    let j = k + 1;
    if (j < view.end && t.pos[j] === 'DET') j++;
    const u = j < view.end ? unitAtToken(view, j) : null;
    if (u) return u.end;
    // A place that is no actor: "in Haiti".
    let p = j;
    while (p < view.end && p < j + 3 && t.pos[p] === 'PROPN') p++;
    if (p > j) return p;
  }
  return k;
}

/** A preposition that opens a time phrase: the "on" of "on Wednesday", the "in" of "in March". */
function isTimeLead(view: SentenceView, k: number): boolean {
  return (view.classes.lower[k] & WORD.timeLead) !== 0 && k + 1 < view.end && (view.classes.lower[k + 1] & WORD.timeWord) !== 0 && isTemporal(view, k);
}

/** True when token `k`'s form or lemma has one of the word ids `ids` (a bitset). */
function isWord(view: SentenceView, k: number, ids: Uint32Array): boolean {
  const lowerId = wordIdOf(view.classes.lower[k]);
  const lemmaId = wordIdOf(view.classes.lemma[k]);
  return (lowerId !== 0 || lemmaId !== 0) && (hasWordId(ids, lowerId) || hasWordId(ids, lemmaId));
}
