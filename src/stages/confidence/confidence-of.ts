import type { ActorMention } from '../../core/actor.js';
import type { CodedEvent } from '../../core/event.js';

/**
 * The coder's belief that an event is right, from how it was found: both actors found by
 * structure, a specific pattern, an active verb near its arguments score high; a bare noun, a
 * missing actor, a hedge or a plain statement (010) score low. The weights rank events by how
 * likely they are right; the confidence stage reads this raw score through a calibration table,
 * when there is one, to make it a share right (docs/accuracy.md, "Confidence").
 *
 * @example
 * confidenceOf(eventWithSubjectAndObject) // 0.8 or so
 */
export function confidenceOf(e: CodedEvent): number {
  const c = e.cues;
  const { source, target } = e;
  let score = 0.3;
  if (source) score += c.sourceFound === 'inherited' ? 0.12 : 0.18;
  if (target) score += c.targetFound === 'object' ? 0.14 : 0.2;
  score += Math.min(c.patternWords, 3) * 0.05;
  if (c.voice === 'nominal') score -= 0.1;
  const distance = c.distance;
  if (distance > 6) score -= Math.min(0.15, (distance - 6) * 0.02);
  if (c.expanded) score -= 0.03;
  if (c.clause === 'complement') score -= 0.12;
  // Subtracted one by one, source then target, so the sums round as they always have.
  if (source && lacksCountry(source)) score -= 0.08;
  if (source && source.evidence === 'coreference') score -= 0.04;
  if (target && lacksCountry(target)) score -= 0.08;
  if (target && target.evidence === 'coreference') score -= 0.04;
  // A plain statement ("said") is the weakest claim of an act; a specific one (a denial, an
  // appeal, a sympathy) is an act like any other and may be a sentence's main event.
  if (e.cameo === '010') score -= 0.2;
  switch (e.modality) {
    case 'negated': score -= 0.25; break;
    case 'hypothetical': score -= 0.15; break;
    case 'future': score -= 0.05; break;
    case 'alleged': score -= 0.08; break;
    default: break;
  }
  return Math.round(Math.min(0.97, Math.max(0.03, score)) * 1000) / 1000;
}

/** An actor of no known country that is not an international body. */
function lacksCountry(a: ActorMention): boolean {
  return a.country === null && !a.code.startsWith('IGO') && !a.code.startsWith('NGO');
}
