import { unitAtToken, type ActorUnit, type SentenceView } from './sentence-view.js';

/** Conjunctions that open the condition of a threat or ultimatum. */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['unless', 'if']);
/** Tokens between the act and its condition ("would strike [at the capital next week] unless"). */
const CONDITION_REACH = 16;

/**
 * "threatened to strike unless Israel withdraws", "will boycott the vote if the president does not
 * resign": the subject of a threat's condition is whom the threat is aimed at. Returns the actor
 * that opens an "unless"/"if" clause after the trigger `k` (past an article), or null. The source
 * itself is never its own target.
 *
 * @example
 * conditionTarget(view, trigger, source) // the unit of "Israel" in "threatened a strike unless Israel rescinds the law"
 */
export function conditionTarget(view: SentenceView, k: number, source: ActorUnit | null): ActorUnit | null {
  const t = view.tokens;
  for (let j = k + 1; j < view.end && j <= k + CONDITION_REACH; j++) {
    if (!CONDITION_WORDS.has(t.lower[j])) continue;
    let s = j + 1;
    while (s < view.end && s <= j + 3 && (t.pos[s] === 'DET' || t.pos[s] === 'ADJ') && !unitAtToken(view, s)) s++;
    const unit = unitAtToken(view, s);
    return unit && unit !== source ? unit : null;
  }
  return null;
}
