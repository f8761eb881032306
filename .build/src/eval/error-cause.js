/** How a predicted tuple differs from a gold one. */
function relationOf(gold, predicted) {
    const sameEvent = gold.event === predicted.event;
    const sameDyad = gold.source === predicted.source && gold.target === predicted.target;
    const swapped = !sameDyad && gold.source === predicted.target && gold.target === predicted.source;
    if (sameEvent && sameDyad)
        return 'same';
    if (sameEvent && swapped)
        return 'wrong_direction';
    if (sameEvent)
        return 'wrong_actor_country';
    if (sameDyad)
        return 'wrong_root';
    return 'unrelated';
}
/** Closest first: the cause that explains an error with the least change. */
const PRIORITY = ['wrong_direction', 'wrong_actor_country', 'wrong_root', 'same', 'unrelated'];
function closestRelation(tuple, others, flip) {
    let best = PRIORITY.length - 1;
    for (const other of others) {
        const relation = flip ? relationOf(other, tuple) : relationOf(tuple, other);
        best = Math.min(best, PRIORITY.indexOf(relation));
    }
    return PRIORITY[best];
}
/**
 * Why a gold tuple was missed, judged against the record's predictions left unmatched (including
 * predictions that lack an actor, whose missing country counts as none). When none is left, the
 * matched ones can still show a reciprocal event coded in one direction only (`wrong_direction`);
 * otherwise nothing was coded for it (`no_prediction`).
 *
 * @example
 * causeOfMiss({ source: 'CHL', target: 'PER', event: '16' }, [{ source: 'PER', target: 'CHL', event: '16' }]) // 'wrong_direction'
 */
export function causeOfMiss(gold, candidates, matched = []) {
    if (candidates.length === 0) {
        return closestRelation(gold, matched, false) === 'wrong_direction' ? 'wrong_direction' : 'no_prediction';
    }
    const relation = closestRelation(gold, candidates, false);
    // 'same' can only come from a prediction that lacks an actor: a missing actor is a wrong actor.
    if (relation === 'same')
        return 'wrong_actor_country';
    return relation === 'unrelated' ? 'wrong_root' : relation;
}
/**
 * Why a prediction is a false alarm, judged against the record's gold tuples left unmatched.
 *
 * @example
 * causeOfFalseAlarm({ source: 'DEU', target: 'FRA', event: '19' }, []) // 'spurious'
 */
export function causeOfFalseAlarm(predicted, unmatchedGold) {
    const relation = closestRelation(predicted, unmatchedGold, true);
    return relation === 'same' || relation === 'unrelated' ? 'spurious' : relation;
}
