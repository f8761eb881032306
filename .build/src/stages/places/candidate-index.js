import { bestCandidate } from './place-candidate.js';
import { placeKey } from './place-key.js';
/**
 * Adds a candidate under a name key. A candidate with the GeoNames id of one already there is
 * dropped: the team's alias row wins over the city row for the same place.
 *
 * @example
 * addCandidate(index, placeKey('Kiev'), kyiv)
 */
export function addCandidate(index, key, candidate) {
    const list = index.get(key);
    if (!list) {
        index.set(key, [candidate]);
        return;
    }
    const id = candidate.place.geonamesId;
    if (id !== null && list.some((o) => o.place.geonamesId === id))
        return;
    list.push(candidate);
}
/**
 * A geocoder over a finished candidate index: the shared lookup of every table-backed implementation.
 *
 * @example
 * geocoderOver(index).lookup('Green Zone')
 */
export function geocoderOver(index) {
    const lookup = (name, context = {}) => {
        const candidates = index.get(placeKey(name));
        if (!candidates)
            return null;
        const place = bestCandidate(candidates, context.countries, context.locative === true)?.place;
        // Places are frozen when first handed out: freezing 140,000 of them at load costs half a second.
        return place ? Object.freeze(place) : null;
    };
    return Object.freeze({
        lookup,
        isKnown: (phrase, context) => lookup(phrase, context) !== null,
    });
}
