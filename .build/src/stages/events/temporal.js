const TIME_WORDS = new Set([
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'jan.', 'feb', 'feb.', 'mar', 'mar.', 'apr', 'apr.', 'jun', 'jun.', 'jul', 'jul.', 'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.',
    'today', 'yesterday', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend', 'overnight', 'earlier', 'later',
]);
const TIME_LEAD = new Set(['on', 'last', 'this', 'next', 'early', 'late', 'in', 'during']);
/**
 * Whether token `k` belongs to a time phrase ("on Tuesday", "last week", "on March 3") that a
 * pattern may step over: "called on Tuesday for talks", "rejected on Monday an offer".
 */
export function isTemporal(t, k) {
    const w = t.lower[k];
    if (TIME_WORDS.has(w))
        return true;
    if (t.pos[k] === 'NUM' && k > 0 && TIME_WORDS.has(t.lower[k - 1]))
        return true;
    if (TIME_LEAD.has(w) && k + 1 < t.count && TIME_WORDS.has(t.lower[k + 1]) && !(w === 'in' && t.lower[k + 1] === 'may'))
        return true;
    return false;
}
