/** Smallest city found without a context country pointing at it. */
export const MIN_CITY_POPULATION = 15_000;
const CONTEXT_BONUS = 3;
/**
 * The prior of a place: log10 of its population, plus a bonus for countries (a country name
 * nearly always means the country), for the team's own table (written on purpose), and for capitals
 * and cities of a million or more (the "Paris" everyone means).
 *
 * @example
 * placePrior(paris, { capital: true }) // 6.33 + 2
 */
export function placePrior(place, flags = {}) {
    if (place.placeKind === 'country')
        return 10;
    let prior = Math.log10(Math.max(place.population, 1));
    if (flags.curated)
        prior += 1;
    if (place.placeKind === 'city' && (flags.capital || place.population >= 1_000_000))
        prior += 2;
    return prior;
}
/**
 * The best candidate for a name in a context, or null: drops ambiguous-word cities unless
 * locative and small cities unless in a context country, then takes the highest prior, with a bonus
 * for context countries. Ties keep table order.
 */
export function bestCandidate(candidates, countries, locative) {
    let best = null;
    let bestScore = -Infinity;
    for (const c of candidates) {
        const inContext = countries !== undefined && countries.includes(c.place.country);
        if (c.ambiguousName && !locative)
            continue;
        if (c.place.placeKind === 'city' && c.place.population < MIN_CITY_POPULATION && !inContext)
            continue;
        const score = c.prior + (inContext ? CONTEXT_BONUS : 0);
        if (score > bestScore) {
            best = c;
            bestScore = score;
        }
    }
    return best;
}
