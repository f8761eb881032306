import { recoded, type Found } from './found.js';
import type { ActorUnit, SentenceView } from './sentence-view.js';

/** CAMEO's "kill by physical assault": beating, torture, lynching. */
const KILL_BY_ASSAULT = '1823';
/** Verbs of killing whose residual code is 190 (data/patterns/19-fight.txt). */
const KILLING_VERBS: ReadonlySet<string> = new Set(['kill', 'murder', 'slay', 'lynch']);
/** Nouns that name a crowd: what a crowd kills with no weapon named, it kills by beating or lynching. */
const CROWDS: ReadonlySet<string> = new Set([
  'mob', 'mobs', 'crowd', 'crowds', 'rioter', 'rioters', 'protester', 'protesters', 'protestor', 'protestors',
  'demonstrator', 'demonstrators', 'vigilante', 'vigilantes',
]);

/**
 * "A mob killed two men accused of theft": a killing with no weapon named is 190 (codebook), but a
 * crowd has no organised force: what it kills unarmed it kills by physical assault, lynching (1823).
 * Only for the residual 190 of a verb of killing; a weapon named keeps its own code.
 *
 * @example
 * crowdKillings(view, found) // the 190 of "an angry mob killed the suspect" as 1823
 */
export function crowdKillings(view: SentenceView, found: readonly Found[]): Found[] {
  let out: Found[] | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.match.pattern.code !== '190' || !f.source || !KILLING_VERBS.has(view.tokens.lemma[f.trigger]) || !namesCrowd(view, f.source)) continue;
    out ??= [...found];
    out[i] = recoded(f, KILL_BY_ASSAULT, 'rule:a crowd kills by assault');
  }
  return out ?? [...found];
}

/** The actor's own words, or the noun right after them ("a Bolivian [mob]"), name a crowd. */
function namesCrowd(view: SentenceView, unit: ActorUnit): boolean {
  const t = view.tokens;
  for (let k = unit.start; k < unit.end; k++) if (CROWDS.has(t.lower[k])) return true;
  return unit.end < view.end && CROWDS.has(t.lower[unit.end]);
}
