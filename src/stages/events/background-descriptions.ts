import { verbGroup } from './arguments.js';
import { isRelativePronoun } from './clause.js';
import type { Found } from './found.js';
import { unitAtToken, type SentenceView } from './sentence-view.js';

/**
 * "widening its offensive against the rebel movement that has seized towns in Mali and Niger": a
 * perfect in a relative clause describes a noun of the sentence by what it has done before; the
 * sentence reports something else, so when another event is coded, the description is dropped.
 *
 * @example
 * withoutBackgroundDescriptions(view, found) // the 171 of "the movement that has seized towns in Mali" is gone
 */
export function withoutBackgroundDescriptions(view: SentenceView, found: readonly Found[]): readonly Found[] {
  if (found.length < 2) return found;
  let background: Found[] | null = null;
  for (const f of found) if (isBackgroundDescription(view, f)) (background ??= []).push(f);
  if (background === null || background.length === found.length) return found;
  return found.filter((f) => !background.includes(f));
}

/** An active verb in the present perfect right after a relative pronoun that follows a noun ("the group that has seized"). */
function isBackgroundDescription(view: SentenceView, f: Found): boolean {
  // "a unit that has been accused by the US of ...": a passive with its agent tells another party's act, which stays.
  if (f.cues.voice !== 'active') return false;
  const t = view.tokens;
  // Most triggers have no "has"/"have" right before them: that look spares the verb group.
  const h = f.trigger - 1;
  if (h <= view.first || !(t.lemma[h] === 'have' || (h - 1 > view.first && t.lemma[h - 1] === 'have'))) return false;
  const group = verbGroup(t, f.trigger, view.first);
  // "terrorists who had attacked police posts": a past perfect often tells the story's own earlier event.
  if (!hasPresentPerfect(t.lower, group.start, f.trigger)) return false;
  const r = group.start - 1;
  if (r <= view.first || !isRelativePronoun(view, r)) return false;
  const before = t.lower[r - 1] === ',' && r - 2 >= view.first ? r - 2 : r - 1;
  return t.pos[before] === 'NOUN' || t.pos[before] === 'PROPN' || unitAtToken(view, before) !== null;
}

/** "has" or "have" among the auxiliaries from `start` to the trigger. */
function hasPresentPerfect(lower: readonly string[], start: number, trigger: number): boolean {
  for (let k = start; k < trigger; k++) if (lower[k] === 'has' || lower[k] === 'have' || lower[k] === "'ve") return true;
  return false;
}
