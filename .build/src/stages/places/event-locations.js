/**
 * Where each event happened, aligned with `events`:
 * 1. a locative place in the event's own sentence, the nearest after the trigger, else the nearest
 *    before it (basis 'sentence');
 * 2. else the dateline's place; of several ("Washington/Baghdad"), the one whose country the article
 *    and the event's sentence and actors point at most (basis 'dateline');
 * 3. else the article's main place, the locative place mentioned most (basis 'article');
 * 4. else null.
 * A country found by 1 or 3 is refined to a city or landmark in it that the dateline or the article
 * names ("met in Iraq" in a Baghdad story is Baghdad), keeping the basis.
 *
 * @example
 * locateEvents(events, findPlaceMentions(...)) // [{ name: 'Baghdad', country: 'IRQ', basis: 'sentence', ... }]
 */
export function locateEvents(events, places) {
    const fromDateline = new Set(places.dateline);
    const bySentence = new Map();
    for (const m of places.mentions) {
        const list = bySentence.get(m.sentence);
        if (list)
            list.push(m);
        else
            bySentence.set(m.sentence, [m]);
    }
    const main = mostMentioned(places.mentions.filter((m) => m.locative));
    const countryWeight = new Map();
    for (const m of places.mentions)
        if (!fromDateline.has(m))
            countryWeight.set(m.country, (countryWeight.get(m.country) ?? 0) + 1);
    return events.map((event) => {
        const inSentence = bySentence.get(event.sentence) ?? [];
        const local = nearestLocative(inSentence.filter((m) => m.locative && !fromDateline.has(m)), event.trigger);
        if (local)
            return locationOf(refine(local, places), 'sentence');
        if (places.dateline.length > 0)
            return locationOf(chooseDateline(places.dateline, event, inSentence, countryWeight), 'dateline');
        return main ? locationOf(refine(main, places), 'article') : null;
    });
}
function nearestLocative(mentions, trigger) {
    let after = null;
    let before = null;
    for (const m of mentions) {
        if (m.tokens[0] >= trigger[1]) {
            if (!after || m.tokens[0] < after.tokens[0])
                after = m;
        }
        else if (!before || m.tokens[0] > before.tokens[0])
            before = m;
    }
    return after ?? before;
}
function chooseDateline(dateline, event, inSentence, countryWeight) {
    const score = (m) => (countryWeight.get(m.country) ?? 0)
        + (inSentence.some((s) => s.country === m.country) ? 2 : 0)
        + (event.target?.country === m.country ? 1 : 0)
        + (event.source?.country === m.country ? 0.5 : 0);
    // On a tie the later name wins: "WASHINGTON/BAGHDAD" stories are usually about the second.
    return dateline.reduce((best, m) => (score(m) >= score(best) ? m : best));
}
/** A country refined to the dateline's, else the article's most-named, city or landmark in it. */
function refine(place, places) {
    if (place.placeKind !== 'country')
        return place;
    const specific = (m) => m.country === place.country && (m.placeKind === 'city' || m.placeKind === 'landmark');
    return places.dateline.find(specific) ?? mostMentioned(places.mentions.filter(specific)) ?? place;
}
function mostMentioned(mentions) {
    const counts = new Map();
    let best = null;
    for (const m of mentions) {
        const key = `${m.country}|${m.name}`;
        const entry = counts.get(key) ?? { first: m, count: 0 };
        entry.count++;
        counts.set(key, entry);
        if (!best || entry.count > best.count)
            best = entry;
    }
    return best?.first ?? null;
}
function locationOf(m, basis) {
    return Object.freeze({ name: m.name, country: m.country, lat: m.lat, lon: m.lon, geonamesId: m.geonamesId, basis });
}
