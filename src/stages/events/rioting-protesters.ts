import type { Found } from './found.js';
import type { ActorUnit, SentenceView } from './sentence-view.js';

/** CAMEO's "protest violently, riot". */
const RIOT = '145';
/** Nouns that name a crowd protesting: the act of force they commit is a violent protest. */
const PROTESTERS: ReadonlySet<string> = new Set([
  'protester', 'protesters', 'protestor', 'protestors', 'demonstrator', 'demonstrators', 'rioter', 'rioters',
  'marcher', 'marchers', 'mob', 'mobs',
]);

/**
 * "Protesters wrecked a police station", "the kiosk was torched by a Serbian protestor": the
 * violence of a crowd (seizing or destroying property, 171x; assault with no weapon named, 180 and
 * 182x) whose source is protesters is CAMEO's violent protest, riot (145), not coercion or assault.
 * Weapons of war stay fighting ("demonstrators launched missiles" is 19).
 *
 * @example
 * riotingProtesters(view, found) // the 1712 of "protesters torched the office" as 145
 */
export function riotingProtesters(view: SentenceView, found: readonly Found[]): Found[] {
  let out: Found[] | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const code = f.match.pattern.code;
    if (!f.source || !isCrowdViolence(code) || !namesProtesters(view, f.source)) continue;
    const pattern = { ...f.match.pattern, code: RIOT, id: `${f.match.pattern.id} + rule:force by protesters is a riot` };
    out ??= [...found];
    out[i] = { ...f, match: { ...f.match, pattern } };
  }
  return out ?? [...found];
}

/**
 * Seizing or destroying property, unspecified assault, physical assault; not a killing by assault
 * (1823), which the codebook puts before other codes for physical assault once a death is named.
 */
function isCrowdViolence(code: string): boolean {
  return code.startsWith('171') || code === '180' || (code.startsWith('182') && code !== '1823');
}

/** The actor's own words, or the noun right after them ("a Ukrainian [protestor]"), name protesters. */
function namesProtesters(view: SentenceView, unit: ActorUnit): boolean {
  const t = view.tokens;
  for (let k = unit.start; k < unit.end; k++) if (PROTESTERS.has(t.lower[k])) return true;
  return unit.end < view.end && PROTESTERS.has(t.lower[unit.end]);
}
