import { verbGroup } from './arguments.js';
import type { Found } from './found.js';
import { unitAtToken, type SentenceView } from './sentence-view.js';
import { isTemporal } from './temporal.js';

/**
 * "offered its troops to the president to help him", "signed an agreement to increase trade",
 * "demanding a UN presence to protect them": a "to" infinitive after a noun phrase, with no control
 * verb, tells the purpose or the content of what the sentence reports; that act has not happened.
 * It is read as hypothetical when an event earlier in the sentence (not a mere statement) is the
 * one reported, unless that is a protest, which does what it is held for ("took to the streets to
 * demand"). ("urged Europe on Monday to press Myanmar": an actor before a time phrase is the
 * object of the appeal, and the infinitive its complement.)
 *
 * @example
 * purposedActs(view, found) // the 070 of "offered its troops to X to help him" as hypothetical
 */
export function purposedActs(view: SentenceView, found: readonly Found[]): readonly Found[] {
  if (found.length < 2) return found;
  const purposeAt = found.map((f) => purposeStart(view, f));
  if (purposeAt.every((to) => to < 0)) return found;
  const out = [...found];
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    const to = purposeAt[i];
    if (to < 0 || f.modality === 'negated') continue;
    const reported = found.filter((g, j) => j !== i && purposeAt[j] < 0 && g.trigger < to && !g.match.pattern.code.startsWith('01'));
    // "took to the streets to demand an end to his rule": a protest does what it is held for.
    if (reported.length === 0 || reported.some((g) => g.match.pattern.code.startsWith('14'))) continue;
    out[i] = { ...f, modality: 'hypothetical' };
  }
  return out;
}

/** The "to" of an infinitive of purpose that heads `f`, or -1. */
function purposeStart(view: SentenceView, f: Found): number {
  if (f.cues.voice === 'nominal') return -1;
  const t = view.tokens;
  // Most triggers have no "to" before them: a look at the words right before spares the verb group.
  let p = f.trigger - 1;
  while (p > view.first && t.lower[p] !== 'to' && (t.pos[p] === 'ADV' || t.pos[p] === 'PART' || t.pos[p] === 'AUX' || t.lemma[p] === 'be')) p--;
  if (p <= view.first || t.lower[p] !== 'to') return -1;
  const group = verbGroup(t, f.trigger, view.first);
  const to = group.start - 1;
  if (group.control !== null || to <= view.first || t.lower[to] !== 'to') return -1;
  let j = to - 1;
  if (isTemporal(view, j)) {
    // "urged the EU on Monday to press Myanmar": an actor before a time phrase is the object of a
    // verb of appeal, whose complement the infinitive is; "consented in principle last Friday to supply" is not.
    while (j > view.first && isTemporal(view, j)) j--;
    if (unitAtToken(view, j)) return -1;
  }
  const pos = t.pos[j];
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM' ? to : -1;
}
