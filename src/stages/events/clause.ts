import type { TokenTable } from '../../core/tokens.js';
import type { SentenceView } from './sentence-view.js';
import { WORD } from './word-bits.js';

/** Relative pronouns (`WORD.relative`). */
export const RELATIVE: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'whose']);
/** Subordinating conjunctions (`WORD.subordinator`). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['because', 'although', 'though', 'while', 'whereas', 'if', 'unless', 'after', 'before', 'when', 'since', 'until', 'as', 'whether', 'once']);
/** Punctuation that ends a clause (`WORD.hardPunct`). */
export const HARD_PUNCT: ReadonlySet<string> = new Set([';', ':', '"', '\u201c', '\u201d', '(', ')', '[', ']', '\u2014', '--']);

/** True for "who", "which", "that" introducing a relative clause. */
export function isRelativePronoun(view: SentenceView, k: number): boolean {
  const pos = view.tokens.pos[k];
  return (view.classes.lower[k] & WORD.relative) !== 0 && (pos === 'PRON' || pos === 'DET' || pos === 'SCONJ');
}

/**
 * Tokens no subject or object search crosses: strong punctuation, subordinating conjunctions,
 * complementisers and speech verbs (the speaker of "said" is not the actor of what was said).
 */
export function isClauseBoundary(view: SentenceView, k: number): boolean {
  const bits = view.classes.lower[k];
  if ((bits & WORD.hardPunct) !== 0) return true;
  const pos = view.tokens.pos[k];
  // "that" is a relative pronoun: the bit spares a string comparison for every other word.
  const that = (bits & WORD.relative) !== 0 && view.tokens.lower[k] === 'that';
  if (pos === 'SCONJ' && ((bits & WORD.subordinator) !== 0 || that)) return true;
  if (that && pos !== 'DET') return true;
  return isSpeechVerb(view, k);
}

/**
 * True when a clause boundary (`isClauseBoundary`) lies strictly between tokens `from` and `to`.
 *
 * @example
 * clauseBoundaryBetween(view, agreedAt, toAt) // false for "reached a consensus to share"
 */
export function clauseBoundaryBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (isClauseBoundary(view, k)) return true;
  return false;
}

/** A verb of saying ("said", "told", "announced"): what follows it is its subject's report. */
export function isSpeechVerb(view: SentenceView, k: number): boolean {
  if ((view.classes.lemma[k] & WORD.report) === 0) return false;
  const pos = view.tokens.pos[k];
  return pos === 'VERB' || pos === 'AUX';
}

/** A participle: "accused", "held", "taken" (after a form of "be" it makes a passive). */
export function isParticiple(tokens: TokenTable, k: number): boolean {
  const w = tokens.lower[k];
  if (w.endsWith('ing')) return false;
  if (w.endsWith('ed') || w.endsWith('en') || w.endsWith('wn') || w.endsWith('ne')) return true;
  return w !== tokens.lemma[k] && !w.endsWith('s');
}

/** Participles that after "be" name an attitude of the subject, not an act done to it. */
const STATIVE_PARTICIPLES: ReadonlySet<string> = new Set([
  'committed', 'determined', 'prepared', 'opposed', 'dedicated', 'resolved', 'inclined', 'disposed', 'poised', 'intent',
  'concerned', 'worried', 'interested', 'pleased', 'satisfied', 'disappointed', 'dismayed', 'alarmed', 'encouraged', 'convinced',
  'involved', 'engaged', 'unwilling', 'reconciled', 'devoted',
]);

/** The passive auxiliary before a participle ("was accused", "have been accused", "got arrested"). */
export function isPassive(tokens: TokenTable, t: number, first: number): boolean {
  if (!isParticiple(tokens, t)) return false;
  // "Israel is opposed to the plan", "Hanoi is committed to reform": a participle of attitude is an
  // adjective, and its subject holds the attitude, unless a "by" names an agent.
  if (STATIVE_PARTICIPLES.has(tokens.lower[t]) && !(t + 1 < tokens.count && tokens.lower[t + 1] === 'by')) return false;
  for (let k = t - 1; k >= first && k >= t - 4; k--) {
    const pos = tokens.pos[k];
    const lemma = tokens.lemma[k];
    // "is being pressured": wink-nlp leaves "being" as its own lemma.
    if (lemma === 'be' || lemma === 'get' || tokens.lower[k] === 'being') return true;
    if (pos === 'ADV' || pos === 'PART') continue;
    return false;
  }
  return false;
}
