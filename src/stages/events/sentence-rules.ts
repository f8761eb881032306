import type { EventPattern } from '../../lexicon/pattern-types.js';
import { findSubject } from './arguments.js';
import type { ModalityCues } from './modality-cues.js';
import { unitAtToken, type ActorUnit, type SentenceView } from './sentence-view.js';

/** A sentence-level rule presented as a pattern, so its events name the rule that coded them. */
function rulePattern(id: string, code: string, head: string): EventPattern {
  return Object.freeze({ id, code, head: Object.freeze([head]), headPos: 'verb' as const, after: Object.freeze([]), literalCount: 0 });
}

/** The rule as a pattern, so the event records which rule coded it. */
export const MUST_DEMAND = rulePattern('rule:speaker says X must', '100', 'must');

/** The rule for an act under consideration ("is considering sending aid"), as a pattern. */
export const CONSIDERED_OPTION = rulePattern('rule:X considers doing', '014', 'consider');

/** The rule for blame stated as a predicate, as a pattern. */
export const RESPONSIBLE_ACCUSATION = rulePattern('rule:speaker says X was responsible', '112', 'responsible');

/** Verbs of belief that, like speech verbs, make what follows their subject's claim. */
const BELIEF = new Set(['believe', 'think', 'consider', 'suspect', 'feel', 'hold', 'conclude', 'find', 'insist']);

/**
 * "Iranian officials said the US forces were responsible for the violence": a speaker stating that
 * an actor is responsible (or to blame) for something blames it (CAMEO 112).
 *
 * @example
 * predicateAccusations(view, cues) // [{ trigger: <responsible>, source: Iranian officials, target: US forces }]
 */
export function predicateAccusations(view: SentenceView, cues: ModalityCues): ModalDemand[] {
  const t = view.tokens;
  const out: ModalDemand[] = [];
  for (let k = view.first + 2; k < view.end; k++) {
    const w = t.lower[k];
    const blame = (w === 'responsible' && t.lower[k + 1] === 'for') || (w === 'blame' && t.lower[k - 1] === 'to');
    if (!blame) continue;
    let j = w === 'blame' ? k - 2 : k - 1;
    while (j >= view.first && (t.pos[j] === 'ADV' || t.lemma[j] === 'be' || t.pos[j] === 'AUX')) j--;
    const target = j >= view.first ? unitAtToken(view, j) : null;
    if (!target || j === k - 1) continue;
    let v = target.start - 1;
    while (v >= view.first && v >= target.start - 4 && !(t.pos[v] === 'VERB' || t.pos[v] === 'AUX') && !unitAtToken(view, v)) v--;
    if (v < view.first || !(t.pos[v] === 'VERB' || t.pos[v] === 'AUX') || !(cues.report.has(t.lemma[v]) || BELIEF.has(t.lemma[v]))) continue;
    const source = findSubject(view, v, cues).unit;
    if (source && source !== target) out.push({ trigger: k, source, target });
  }
  return out;
}

/** The rules for claimed acts of force, as patterns. */
export const CLAIMED_ACCUSATION = rulePattern('rule:speaker claims X used force', '112', 'claim');
export const CLAIMED_RESPONSIBILITY = rulePattern('rule:speaker claims its own use of force', '015', 'claim');

/** Verbs by which a speaker asserts what another did, as a charge. */
const CLAIM = new Set(['claim', 'allege', 'charge', 'assert', 'contend', 'maintain']);

/** The claiming verb before `trigger` in its sentence, or -1. */
export function claimingVerb(view: SentenceView, trigger: number): number {
  const t = view.tokens;
  for (let k = trigger - 1; k >= view.first; k--) if ((t.pos[k] === 'VERB' || t.pos[k] === 'AUX') && CLAIM.has(t.lemma[k])) return k;
  return -1;
}

/** A demand read from reported obligation: who says who must act (`source` null when the speaker is no known actor). */
export interface ModalDemand {
  readonly trigger: number;
  readonly source: ActorUnit | null;
  readonly target: ActorUnit;
}

/**
 * "Washington said Beijing must lift the barriers": a speaker stating that an actor must act makes
 * a demand (CAMEO 100) of that actor. The speaker is the speech verb's subject.
 *
 * @example
 * modalDemands(view, cues) // [{ trigger: <must>, source: Washington, target: Beijing }]
 */
export function modalDemands(view: SentenceView, cues: ModalityCues): ModalDemand[] {
  const t = view.tokens;
  const out: ModalDemand[] = [];
  for (let k = view.first + 1; k < view.end; k++) {
    const w = t.lower[k];
    const obligation = w === 'must' || (w === 'has' && t.lower[k + 1] === 'to') || (w === 'have' && t.lower[k + 1] === 'to');
    if (!obligation) continue;
    let j = k - 1;
    while (j >= view.first && t.pos[j] === 'ADV') j--;
    const target = j >= view.first ? obligedBefore(view, j) : null;
    if (!target) continue;
    // The speech verb, before "that" and time words: "declared on Tuesday that China must".
    let v = target.start - 1;
    while (v >= view.first && v >= target.start - 5 && !(t.pos[v] === 'VERB' || t.pos[v] === 'AUX') && !unitAtToken(view, v)) v--;
    if (v < view.first || !(t.pos[v] === 'VERB' || t.pos[v] === 'AUX') || !(cues.report.has(t.lemma[v]) || INSISTING.has(t.lemma[v]))) continue;
    // "The forum concluded that the US must": the demand stands when the speaker is no known actor.
    const source = findSubject(view, v, cues).unit;
    if (source !== target) out.push({ trigger: k, source, target });
  }
  return out;
}

/** How many words of the obliged noun phrase may follow its actor ("the rebels [in Darfur]", "the US [and other developed nations]"). */
const OBLIGED_TAIL = 5;

/**
 * The actor of the noun phrase that ends at `j`, right before "must": an actor there, or one a few
 * words back over the rest of its phrase (nouns, adjectives, "and other", "in Darfur").
 */
function obligedBefore(view: SentenceView, j: number): ActorUnit | null {
  const t = view.tokens;
  for (let k = j; k >= view.first && k > j - OBLIGED_TAIL; k--) {
    const u = unitAtToken(view, k);
    if (u) return u;
    const pos = t.pos[k];
    const w = t.lower[k];
    if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ' && pos !== 'DET' && w !== 'in' && w !== 'of' && w !== 'and' && !w.endsWith('ed')) return null;
  }
  return null;
}

/** Verbs that, like speech verbs, make "X must ..." their subject's demand: "reiterated that Libya must". */
const INSISTING = new Set(['reiterate', 'stress', 'emphasise', 'emphasize', 'underline', 'insist', 'warn', 'remind', 'conclude', 'repeat', 'argue', 'declare', 'maintain', 'demand', 'urge']);
