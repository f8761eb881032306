const NO_DATE = Object.freeze({ value: null, precision: 'day', basis: 'none', historical: false });
/**
 * When each event happened, aligned with `events`: the date mention in the event's sentence
 * nearest its trigger (a historical mention in the sentence wins and makes the date historical),
 * else the publication date (basis 'published', precision 'day'), else no date (basis 'none').
 *
 * @example
 * dateEvents(events, mentions, '2007-05-28') // [{ value: '2007-05-27', precision: 'day', basis: 'relative', historical: false }]
 */
export function dateEvents(events, mentions, published) {
    const bySentence = new Map();
    for (const m of mentions) {
        if (m.value === null)
            continue;
        const list = bySentence.get(m.sentence);
        if (list)
            list.push(m);
        else
            bySentence.set(m.sentence, [m]);
    }
    const publishedDate = published === null ? NO_DATE : Object.freeze({ value: published, precision: 'day', basis: 'published', historical: false });
    return events.map((event) => {
        const inSentence = bySentence.get(event.sentence) ?? [];
        const historical = inSentence.filter((m) => m.historical);
        const chosen = nearest(historical.length > 0 ? historical : inSentence, event.triggerSpan);
        if (!chosen)
            return publishedDate;
        return Object.freeze({ value: chosen.value, precision: chosen.precision, basis: chosen.basis, historical: chosen.historical });
    });
}
function nearest(mentions, trigger) {
    let best = null;
    let bestDistance = Infinity;
    for (const m of mentions) {
        const distance = m.span[0] >= trigger[1] ? m.span[0] - trigger[1] : trigger[0] >= m.span[1] ? trigger[0] - m.span[1] : 0;
        if (distance < bestDistance) {
            best = m;
            bestDistance = distance;
        }
    }
    return best;
}
