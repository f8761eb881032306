import type { IntentCodes } from '../../lexicon/intent-codes.js';
import { recoded, type Found } from './found.js';
import type { SentenceView } from './sentence-view.js';

/** Tokens a rejection and the act named in its object may lie apart ("rejected the rebels' latest proposal for a truce"). */
const OBJECT_REACH = 10;
/** Words that may stand inside a rejected object's noun phrase. */
const IN_OBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADP']);
/** Prepositions that join an object to the act it names ("a plan for", "the offer of", "calls to"). */
const JOINING = new Set(['for', 'of', 'on', "'s", '’s']);

/**
 * "Iran rejected Iraq's proposal for a cease-fire" (1246), "the junta turned down an offer of
 * food aid" (1223): a rejection of no stated content (120) whose object names an act of
 * cooperation (roots 03-08, as a noun) is the refusal of that act, coded with its refusal code
 * (data/events/refusal-codes.tsv); the act named, which nobody did, is dropped.
 *
 * @example
 * rejectedProposals(view, found, lex.refusals) // [1246 IRN -> IRQ] instead of [120, 0871]
 */
export function rejectedProposals(view: SentenceView, found: readonly Found[], refusals: IntentCodes): Found[] {
  if (found.length < 2) return [...found];
  let out: Found[] | null = null;
  const dropped = new Set<Found>();
  for (let i = 0; i < found.length; i++) {
    const g = found[i];
    if (g.match.pattern.code !== '120' || g.cues.voice === 'nominal') continue;
    const act = found.find((f) => f !== g && f.cues.voice === 'nominal' && f.trigger > g.trigger && f.trigger - g.trigger <= OBJECT_REACH
      && f.match.pattern.code >= '03' && f.match.pattern.code < '09' && inObject(view, g.trigger, f.trigger));
    if (!act) continue;
    const code = refusals.intentOf(act.match.pattern.code);
    if (code === null) continue;
    out ??= [...found];
    out[i] = recoded(g, code, act.match.pattern.id);
    dropped.add(act);
  }
  if (out === null) return [...found];
  // An act the rejection names may also be a rejected object kept above: only acts, never rejections, are dropped.
  return out.filter((f) => !dropped.has(f));
}

/** Only the words of one noun phrase (and its "of" / "for" complements) between the rejecting verb and the act. */
function inObject(view: SentenceView, verb: number, act: number): boolean {
  const t = view.tokens;
  for (let k = verb + 1; k < act; k++) {
    if (!IN_OBJECT.has(t.pos[k])) return false;
    if (t.pos[k] === 'ADP' && !JOINING.has(t.lower[k])) return false;
  }
  return true;
}
