import { verbGroup } from './arguments.js';
import { clauseBoundaryBetween } from './clause.js';
import type { Found } from './found.js';
import type { SentenceView } from './sentence-view.js';

/** Tokens an offer or agreement and the infinitive that says what it offers may lie apart ("offered its troops to President X to help"). */
const OFFER_REACH = 14;

/**
 * "Syria offered its troops to Lebanon's president to help him", "Peru and Chile signed an
 * agreement to expand trade": a cooperative act told in an infinitive after an offer, promise or
 * agreement (root 03, or 057 sign an agreement) is what was offered or agreed, not an act that
 * happened; the intent or agreement is the event, and the act is dropped.
 *
 * @example
 * dropOfferedActs(view, found) // without the 070 of "to help him"
 */
export function dropOfferedActs(view: SentenceView, found: readonly Found[]): Found[] {
  if (found.length < 2) return [...found];
  const t = view.tokens;
  const dropped = new Set<Found>();
  for (const f of found) {
    const code = f.match.pattern.code;
    if (f.cues.voice === 'nominal' || code >= '09' || code.startsWith('03')) continue;
    const group = verbGroup(t, f.trigger, view.first);
    const to = group.start - 1;
    if (group.control !== null || to <= view.first || t.lower[to] !== 'to') continue;
    const offer = found.find((g) => g !== f && g.trigger < to && to - g.trigger <= OFFER_REACH && isOfferOrAgreement(g.match.pattern.code)
      && !clauseBoundaryBetween(view, g.trigger, to));
    if (offer) dropped.add(f);
  }
  return dropped.size === 0 ? [...found] : found.filter((f) => !dropped.has(f));
}

function isOfferOrAgreement(code: string): boolean {
  return code.startsWith('03') || code === '057';
}
