import type { IntentCodes } from '../../lexicon/intent-codes.js';
import { verbGroup } from './arguments.js';
import { clauseBoundaryBetween } from './clause.js';
import { recoded, type Found } from './found.js';
import type { SentenceView } from './sentence-view.js';

/** Tokens an agreement and the infinitive that says what was agreed may lie apart ("reached a broad consensus on Monday to share"). */
const AGREED_REACH = 12;

/**
 * "Peru and Chile reached a consensus to share intelligence" (0314), "the two sides came to an
 * understanding to reopen the border" (0356): an agreement of no stated content (030) followed by
 * an infinitive that names a cooperative act (roots 04-08) is the intent to do that act, coded
 * with the intent code of the act (data/events/intent-codes.tsv). The act itself is left for
 * `dropOfferedActs` to drop. Nothing changes when the act has no intent code.
 *
 * @example
 * agreedPurposes(view, found, lex.intents) // the 030 of "reached a consensus" becomes 0314
 */
export function agreedPurposes(view: SentenceView, found: readonly Found[], intents: IntentCodes): Found[] {
  if (found.length < 2) return [...found];
  const t = view.tokens;
  let out: Found[] | null = null;
  for (const f of found) {
    const code = f.match.pattern.code;
    if (f.cues.voice === 'nominal' || code < '04' || code >= '09') continue;
    const group = verbGroup(t, f.trigger, view.first);
    const to = group.start - 1;
    if (group.control !== null || to <= view.first || t.lower[to] !== 'to') continue;
    const intent = intents.intentOf(code);
    if (intent === null) continue;
    const list: readonly Found[] = out ?? found;
    const i = list.findIndex((g) => g.match.pattern.code === '030' && g.trigger < to && to - g.trigger <= AGREED_REACH
      && !clauseBoundaryBetween(view, g.trigger, to));
    if (i < 0) continue;
    out ??= [...found];
    out[i] = recoded(out[i], intent, f.match.pattern.id);
  }
  return out ?? [...found];
}
