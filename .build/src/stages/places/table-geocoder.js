import { addCandidate, geocoderOver } from './candidate-index.js';
import { placePrior } from './place-candidate.js';
import { placeKey } from './place-key.js';
/**
 * A geocoder over a fixed list of places, ranked like the offline one: for tests, and for users
 * with their own small gazetteer.
 *
 * @example
 * createTableGeocoder([{ name: 'Baghdad', country: 'IRQ', lat: 33.34, lon: 44.40, geonamesId: 98182,
 *   placeKind: 'city', population: 7216000 }]).lookup('baghdad')
 */
export function createTableGeocoder(places) {
    const index = new Map();
    for (const { aliases = [], ...fields } of places) {
        const place = Object.freeze(fields);
        const candidate = Object.freeze({ place, prior: placePrior(place, { curated: true }), ambiguousName: false });
        for (const key of new Set([place.name, ...aliases].map(placeKey))) {
            addCandidate(index, key, candidate);
        }
    }
    return geocoderOver(index);
}
