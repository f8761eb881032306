import type { EventPattern } from '../../lexicon/pattern-types.js';
import { ruleFound, type Found } from './found.js';
import type { ModalityCues } from './modality-cues.js';
import { sameCountry, type SentenceView } from './sentence-view.js';
import { reportingSpeaker } from './victim-claims.js';

/** The rule as a pattern, so the event records which rule coded it. */
export const SAID_FIRED_AT: EventPattern = Object.freeze({
  id: 'rule:speaker says force came at it from X', code: '112', head: Object.freeze(['say']), headPos: 'verb' as const,
  after: Object.freeze([]), literalCount: 0,
});

/** Prepositions that aim force at what follows ("fired at it", "launched against them"). */
const AIMING: ReadonlySet<string> = new Set(['at', 'on', 'against', 'toward', 'towards', 'into']);
/** Object pronouns that can stand for a speaker that is a state or a group. */
const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'us']);
/** How far after the trigger the aimed-at pronoun may come ("fired [twice] at it"). */
const AIM_REACH = 3;

/**
 * "Israel said a rocket was fired at it from Gaza", "Turkey says shells were launched against it
 * from Syrian territory": a speaker who reports force (roots 18-20) aimed at itself (an object
 * pronoun after "at", "on", "against"), from a place or by an actor of another country, accuses
 * that origin (112, speaker -> origin), as when it says it was attacked by someone
 * (`victimClaims`). Runs after the origin slots, which give such an act its source from "from".
 *
 * @example
 * firedAtSpeaker(view, found, lex.cues) // 112 ISR -> PSE instead of 190 PSE -> none
 */
export function firedAtSpeaker(view: SentenceView, f: Found, cues: ModalityCues): Found {
  const code = f.match.pattern.code;
  if (code < '18' || code >= '21' || f.cues.voice === 'nominal' || !f.source || f.target) return f;
  const t = view.tokens;
  let p = f.trigger + 1;
  while (p < view.end && p <= f.trigger + AIM_REACH && !AIMING.has(t.lower[p]) && t.pos[p] === 'ADV') p++;
  if (p + 1 >= view.end || !AIMING.has(t.lower[p]) || !SPEAKER_PRONOUNS.has(t.lower[p + 1])) return f;
  const said = reportingSpeaker(view, f, cues);
  if (!said || said.speaker === f.source || sameCountry(f.source, said.speaker)) return f;
  return ruleFound(view, SAID_FIRED_AT, said.verb, said.speaker, f.source, 'object');
}
