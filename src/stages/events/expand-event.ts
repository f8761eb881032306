import type { ActorMention } from '../../core/actor.js';
import type { CodedEvent } from '../../core/event.js';
import type { EventLexicon } from './code-sentence.js';
import type { Found } from './found.js';
import type { SentenceView } from './sentence-view.js';

/**
 * Verbs of wanting or planning: intended force after them is a threat ("wants to attack" -> 138),
 * while a pledge to expel stays an expulsion, in the future.
 */
export const DESIRE = new Set(['want', 'plan', 'intend', 'prepare', 'seek', 'aim', 'consider', 'wish', 'mean', 'swear', 'vow']);

/**
 * Commissive control verbs and adjectives: the actor commits itself to what follows, so a
 * cooperative complement is the CAMEO intent to do it, which did happen ("agreed to lift the ban"
 * -> 0354, "is ready to send troops" -> 0334), as CAMEO's root 03 reads "offer, promise, agree to,
 * or otherwise indicate willingness or commitment". A complement of force keeps its own code, in
 * the future ("pledged to expel" -> 174).
 */
export const COMMISSIVE = new Set(['agree', 'pledge', 'promise', 'vow', 'offer', 'undertake', 'commit', 'committed', 'willing', 'ready', 'prepared', 'swear', 'consent', 'volunteer',
  // "is determined to mend ties", "is keen to resume talks": a stated resolve is a commitment.
  'determined', 'determine', 'resolved', 'eager', 'keen']);

/**
 * Consultations both sides take part in: talks, telephone calls, meetings at a third place,
 * negotiations (040, 041, 044, 046); a visit (042, 043) and mediation (045) have a direction.
 */
const MUTUAL_CONSULTATION: ReadonlySet<string> = new Set(['040', '041', '044', '046']);

/** Codes of cooperation and yielding (roots 01-08). */
export function isCooperative(code: string): boolean {
  return code < '09';
}

/** Roots of cooperation (03-06), which a compound subject with no target does with itself. */
function isMutualRoot(code: string): boolean {
  return code.length >= 2 && code.charCodeAt(0) === 0x30 && code.charCodeAt(1) >= 0x33 && code.charCodeAt(1) <= 0x36;
}

/** One event per (source member, target member); compounds of a reciprocal verb go both ways. */
export function expand(view: SentenceView, f: Found, lex: EventLexicon): CodedEvent[] {
  const t = view.tokens;
  const sources = f.source ? distinctCodes(f.source.members) : NO_MEMBER;
  const targets = f.target ? distinctCodes(f.target.members) : NO_MEMBER;
  const head = t.lemma[f.trigger];
  const code = f.match.pattern.code;
  // "Czechia and Albania upgraded their ties": cooperation by a compound with no other party is mutual.
  const mutual = lex.reciprocal.has(head) || lex.reciprocal.has(f.match.pattern.head[0]) || isMutualRoot(code);
  const pairwise = sources.length > 1 && mutual && (!f.target || targetsAmongSources(sources, targets));
  const literals = f.match.literalTokens;
  let lastLiteral = f.trigger;
  if (literals.length > 0) {
    lastLiteral = literals[0];
    for (let i = 1; i < literals.length; i++) if (literals[i] > lastLiteral) lastLiteral = literals[i];
  }
  // A stated intention of cooperation ("will provide aid") is coded as the intent, which did happen;
  // the complement of a control verb keeps its own code, in the future ("agreed to lift sanctions" = 085).
  // An act the actor will do unless (or if) something happens is a threat, which did happen.
  const threat = f.conditional ? lex.shells.shellCodeOf('13', code) ?? '130' : null;
  const intent = !threat && f.modality === 'future' && ((isCooperative(code) && (f.control == null || COMMISSIVE.has(f.control))) || (f.control != null && DESIRE.has(f.control)) || f.stated === true)
    ? lex.intents.intentOf(code) : null;
  // A refused act of cooperation is a rejection, which did happen.
  const refusal = !threat && !intent && f.refused && isCooperative(code) ? lex.refusals.intentOf(code) : null;
  const shape: EventShape = {
    sentence: view.sentence.index,
    trigger: [f.trigger, lastLiteral + 1],
    triggerSpan: [t.start[f.trigger], t.end[lastLiteral]],
    cameo: threat ?? intent ?? refusal ?? code,
    modality: intent || refusal || threat ? 'asserted' : f.modality,
    pattern: f.match.pattern.id,
    // Every pair of one found event shares its cues: "expanded" is the same for all of them.
    cues: withExpanded(f.cues, pairwise || sources.length > 1 || targets.length > 1),
  };
  const out: CodedEvent[] = [];
  if (pairwise) {
    for (const a of sources) for (const b of sources) if (a !== b && a!.code !== b!.code) out.push(eventOf(shape, a, b));
    return out;
  }
  // Only talks told as held ("held talks with", "telephoned"): a meeting planned or to come ("to meet with") has not two sides yet.
  const mutualTalks = MUTUAL_CONSULTATION.has(shape.cameo) && f.target !== null && f.cues.voice === 'active' && f.cues.clause === 'main'
    && (f.modality === 'asserted' || f.modality === 'reported') && t.lower[f.trigger] !== head;
  for (const a of sources) for (const b of targets) {
    if (a && b && (a === b || (a.name !== null && a.name === b.name))) continue;
    out.push(eventOf(shape, a, a && b && a.code === b.code && a.roles.length === 0 && a.country !== null ? null : b));
    // "X held talks with Y", "X telephoned Y": a consultation has both sides taking part.
    if (mutualTalks && a && b && a.code !== b.code && a.country !== b.country) out.push(eventOf(shape, b, a));
  }
  return out;
}

/**
 * "the International Atomic Energy Agency, or IAEA": members of one phrase with the same code are
 * one actor named twice, and make one event. (The first naming is kept.)
 */
function distinctCodes(members: readonly ActorMention[]): readonly ActorMention[] {
  if (members.length < 2) return members;
  if (members.length === 2) return members[0].code === members[1].code ? [members[0]] : members;
  const seen = new Set<string>();
  return members.filter((m) => !seen.has(m.code) && (seen.add(m.code), true));
}

/**
 * "Israel and Lebanon renewed talks on an Israeli pullback": a bare country target that is one of
 * the compound's own members is a topic of the mutual act, not its other party.
 */
function targetsAmongSources(sources: readonly (ActorMention | null)[], targets: readonly (ActorMention | null)[]): boolean {
  return targets.every((b) => b !== null && b.roles.length === 0 && sources.some((a) => a !== null && a.code === b.code));
}

/**
 * `{ ...cues, expanded }`, written out: the spread took a tenth of the stage. Keys keep the
 * order of `cuesOf`, so the JSON of an event does not change.
 */
function withExpanded(cues: Found['cues'], expanded: boolean): CodedEvent['cues'] {
  return {
    voice: cues.voice,
    patternWords: cues.patternWords,
    sourceFound: cues.sourceFound,
    targetFound: cues.targetFound,
    distance: cues.distance,
    clause: cues.clause,
    expanded,
  };
}

const NO_MEMBER: readonly (ActorMention | null)[] = Object.freeze([null]);

/** What the events of one found event share. */
interface EventShape {
  readonly sentence: number;
  readonly trigger: readonly [number, number];
  readonly triggerSpan: readonly [number, number];
  readonly cameo: string;
  readonly modality: CodedEvent['modality'];
  readonly pattern: string;
  readonly cues: CodedEvent['cues'];
}

// Events are readonly by type; freezing each one costs more than the rest of the stage on this path.
function eventOf(shape: EventShape, source: ActorMention | null, target: ActorMention | null): CodedEvent {
  return {
    kind: 'event',
    sentence: shape.sentence,
    trigger: shape.trigger,
    triggerSpan: shape.triggerSpan,
    source,
    target,
    cameo: shape.cameo,
    modality: shape.modality,
    pattern: shape.pattern,
    cues: shape.cues,
  };
}
