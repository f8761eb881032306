import type { Found } from './found.js';
import type { SentenceView } from './sentence-view.js';

/**
 * Verbs of punishing: what follows their "for" is the charge, the reason the punisher gives, not
 * an act the article reports ("jailed a student for helping militants", "convicted of spying").
 * (After "accused X of", the act stays, as alleged: the accusation is about it.)
 */
const PUNISHING: ReadonlySet<string> = new Set([
  'jail', 'sentence', 'convict', 'arrest', 'detain', 'imprison', 'fine', 'punish', 'indict', 'prosecute', 'try', 'execute',
  'deport', 'expel', 'hang', 'behead', 'flog',
]);

/** Tokens between a punishing verb and its "for"/"of" ("jailed [a Kenyan blogger for three years] for"). */
const CHARGE_REACH = 10;

/**
 * An act named by a gerund after the "for" or "of" of a punishing verb ("jailed X for helping Y",
 * "convicted X of spying"): the charge, which the punishment already codes; no event of its own.
 *
 * @example
 * isChargedAct(view, found) // true for "helping" in "a court jailed a student for helping militants"
 */
export function isChargedAct(view: SentenceView, f: Found): boolean {
  const t = view.tokens;
  const k = f.trigger;
  if (f.cues.voice === 'nominal' || !t.lower[k].endsWith('ing')) return false;
  let p = k - 1;
  if (p >= view.first && t.pos[p] === 'ADV') p--;
  if (p < view.first || (t.lower[p] !== 'for' && t.lower[p] !== 'of')) return false;
  for (let v = p - 1; v >= view.first && v >= p - CHARGE_REACH; v--) {
    const w = t.lower[v];
    if (w === ',' || w === ';' || w === 'and' || w === 'but') return false;
    if (t.pos[v] === 'VERB') return PUNISHING.has(t.lemma[v]);
  }
  return false;
}
