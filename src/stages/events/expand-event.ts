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

/** Codes of cooperation and yielding (roots 01-08). */
export function isCooperative(code: string): boolean {
  return code < '09';
}

/** Roots of cooperation, which a compound subject with no target does with itself. */
const MUTUAL_ROOTS = new Set(['03', '04', '05', '06']);

/** One event per (source member, target member); compounds of a reciprocal verb go both ways. */
export function expand(view: SentenceView, f: Found, lex: EventLexicon): CodedEvent[] {
  const t = view.tokens;
  const sources: (ActorMention | null)[] = f.source ? [...f.source.members] : [null];
  const targets: (ActorMention | null)[] = f.target ? [...f.target.members] : [null];
  const pairs: [ActorMention | null, ActorMention | null, boolean][] = [];
  const head = t.lemma[f.trigger];
  // "Czechia and Albania upgraded their ties": cooperation by a compound with no other party is mutual.
  const mutual = lex.reciprocal.has(head) || lex.reciprocal.has(f.match.pattern.head[0]) || MUTUAL_ROOTS.has(f.match.pattern.code.slice(0, 2));
  if (!f.target && sources.length > 1 && mutual) {
    for (const a of sources) for (const b of sources) if (a !== b && a!.code !== b!.code) pairs.push([a, b, true]);
  } else {
    const expanded = sources.length > 1 || targets.length > 1;
    for (const a of sources) for (const b of targets) {
      if (a && b && (a === b || (a.name !== null && a.name === b.name))) continue;
      pairs.push([a, b, expanded]);
    }
  }
  const lastLiteral = f.match.literalTokens.length ? Math.max(...f.match.literalTokens) : f.trigger;
  // A stated intention of cooperation ("will provide aid") is coded as the intent, which did happen;
  // the complement of a control verb keeps its own code, in the future ("agreed to lift sanctions" = 085).
  // An act the actor will do unless (or if) something happens is a threat, which did happen.
  const threat = f.conditional ? lex.shells.shellCodeOf('13', f.match.pattern.code) ?? '130' : null;
  const intent = !threat && f.modality === 'future' && ((isCooperative(f.match.pattern.code) && f.control == null) || (f.control != null && DESIRE.has(f.control)) || f.stated === true)
    ? lex.intents.intentOf(f.match.pattern.code) : null;
  // A refused act of cooperation is a rejection, which did happen.
  const refusal = !threat && !intent && f.refused && isCooperative(f.match.pattern.code) ? lex.refusals.intentOf(f.match.pattern.code) : null;
  const cameo = threat ?? intent ?? refusal ?? f.match.pattern.code;
  const modality = intent || refusal || threat ? 'asserted' : f.modality;
  // Events are readonly by type; freezing each one costs more than the rest of the stage on this path.
  return pairs.map(([source, target, expanded]): CodedEvent => ({
    kind: 'event' as const,
    sentence: view.sentence.index,
    trigger: [f.trigger, lastLiteral + 1] as const,
    triggerSpan: [t.start[f.trigger], t.end[lastLiteral]] as const,
    source,
    target,
    cameo,
    modality,
    pattern: f.match.pattern.id,
    cues: { ...f.cues, expanded },
  }));
}
