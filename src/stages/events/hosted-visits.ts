import type { Found } from './found.js';
import type { SentenceView } from './sentence-view.js';

/** Guests who stay rather than visit ("hosts refugees", "hosted UN peacekeepers"): no visit of theirs. */
const STAYING = new Set(['refugee', 'migrant', 'asylum', 'seeker', 'troop', 'soldier', 'peacekeeper', 'force', 'base', 'exile', 'displace', 'evacuee', 'immigrant', 'worker', 'student']);

/**
 * "Kenyan elders received ministers from Nairobi" (043, elders -> ministers): a visit hosted is a
 * visit made by the guests, so the guests make a visit (042) to the host as well. Only a hosting
 * told as done, in the active voice, with both host and guests known, and guests who visit (not
 * refugees or troops, who stay).
 *
 * @example
 * hostedVisits(view, found) // [043 elders -> ministers, 042 ministers -> elders]
 */
export function hostedVisits(view: SentenceView, found: readonly Found[]): Found[] {
  const out = [...found];
  for (const f of found) {
    if (f.match.pattern.code !== '043' || !f.source || !f.target || f.cues.voice !== 'active' || f.cues.clause !== 'main') continue;
    if (f.modality !== 'asserted' && f.modality !== 'reported') continue;
    let staying = false;
    for (let k = f.target.start; k < f.target.end && !staying; k++) staying = STAYING.has(view.tokens.lemma[k]) || STAYING.has(view.tokens.lower[k]);
    if (staying) continue;
    const pattern = { ...f.match.pattern, code: '042', id: `${f.match.pattern.id} (the guests' visit)` };
    out.push({ ...f, source: f.target, target: f.source, match: { ...f.match, pattern, source: f.target, target: f.source } });
  }
  return out;
}
