import { findSubject } from './arguments.js';
import type { EventLexicon } from './code-sentence.js';
import { recoded, type Found } from './found.js';
import type { SentenceView } from './sentence-view.js';

/** Verbs of getting ready. */
const PREPARING = new Set(['prepare', 'gear', 'poise', 'ready']);
/** Verbs of beginning between "prepare to" and the act: "prepared to resume shelling". */
const ASPECTUAL = new Set(['resume', 'launch', 'begin', 'start', 'continue', 'renew', 'mount', 'step']);

/**
 * "The army prepared to resume shelling rebel-held towns", "troops are preparing to attack":
 * force that is only being readied is CAMEO's demonstration of military power (150) by the one
 * getting ready, which did happen; the act of force itself has not.
 */
export function preparedForce(view: SentenceView, found: readonly Found[], lex: EventLexicon): Found[] {
  const t = view.tokens;
  let out: Found[] | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.match.pattern.code < '18' || f.cues.voice === 'nominal' || f.modality === 'negated') continue;
    let k = f.trigger - 1;
    while (k > view.first && t.pos[k] === 'ADV') k--;
    if (k > view.first && ASPECTUAL.has(t.lemma[k])) k--;
    if (k <= view.first || t.lower[k] !== 'to') continue;
    const p = k - 1;
    if (!PREPARING.has(t.lemma[p]) && !(t.lower[p] === 'up' && p - 1 >= view.first && t.lemma[p - 1] === 'gear')) continue;
    const source = f.source ?? findSubject(view, t.lower[p] === 'up' ? p - 1 : p, lex.cues).unit;
    out ??= [...found];
    out[i] = { ...recoded(f, '150', 'rule:prepared force'), source, modality: 'asserted', control: null,
      cues: { ...f.cues, sourceFound: source ? (f.source ? f.cues.sourceFound : 'subject') : 'none', clause: 'main' } };
  }
  return out ?? [...found];
}
