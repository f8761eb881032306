import { sameCountry, standsFor, type ActorUnit, type SentenceView } from './sentence-view.js';
import type { EventPattern } from '../../lexicon/pattern-types.js';
import type { ModalityCues } from './modality-cues.js';
import { findSubject } from './arguments.js';
import { isSpeechVerb } from './clause.js';
import { ruleFound, type Found } from './found.js';

/** The rule as a pattern, so the event records which rule coded it. */
export const SAID_ATTACKED: EventPattern = Object.freeze({
  id: 'rule:speaker says it was attacked by X', code: '112', head: Object.freeze(['say']), headPos: 'verb' as const,
  after: Object.freeze([]), literalCount: 0,
});

/** Marks an act already charged by the same speaker, filtered out before return. */
const DROPPED = Object.freeze({}) as Found;

/**
 * "Japan said it was shelled by North Korean gunboats", "Kenya says Somali militants attacked
 * it": a speaker who reports force (roots 18-20) used against itself, by an actor of another
 * country, accuses that actor (112, speaker -> attacker); the accusation is what the sentence
 * reports, and replaces the act, which only the speaker asserts. The victim must be the speaker
 * itself or a pronoun standing for it ("its troops" and third parties are left alone).
 *
 * @example
 * victimClaims(view, found, lex.cues) // [112 JPN -> PRKMIL] instead of [194 PRKMIL -> JPN]
 */
export function victimClaims(view: SentenceView, found: readonly Found[], cues: ModalityCues): Found[] {
  let out: Found[] | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const code = f.match.pattern.code;
    if (code < '18' || code >= '21' || f.cues.voice === 'nominal' || !f.source || !f.target) continue;
    const said = reportingSpeaker(view, f, cues);
    if (!said || !standsFor(f.target, said.speaker) || sameCountry(f.source, said.speaker)) continue;
    const { verb, speaker } = said;
    out ??= [...found];
    // "said it was shelled and bombed by X": one charge.
    const charged = out.some((g) => g.match.pattern === SAID_ATTACKED && g.source === speaker && g.target === f.source);
    out[i] = charged ? DROPPED : ruleFound(view, SAID_ATTACKED, verb, speaker, f.source, 'object');
  }
  return out === null ? [...found] : out.filter((f) => f !== DROPPED);
}

/**
 * The speech verb nearest before `f`'s trigger and its subject, when `f`'s source comes after that
 * verb, inside what was said ("Japan said it was shelled by X"), and the subject before it; else null.
 *
 * @example
 * reportingSpeaker(view, found, lex.cues) // { verb: 1, speaker: Japan } for "Japan said it was shelled by X"
 */
export function reportingSpeaker(view: SentenceView, f: Found, cues: ModalityCues): { verb: number; speaker: ActorUnit } | null {
  const verb = speechVerbBefore(view, f.trigger);
  if (verb < 0 || !f.source || f.source.start < verb) return null;
  const speaker = findSubject(view, verb, cues).unit;
  return speaker && speaker.end <= verb ? { verb, speaker } : null;
}

/** The speech verb nearest before `trigger`, or -1. */
function speechVerbBefore(view: SentenceView, trigger: number): number {
  for (let k = trigger - 1; k > view.first; k--) if (isSpeechVerb(view, k)) return k;
  return -1;
}
