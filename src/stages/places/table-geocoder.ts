import { addCandidate, geocoderOver, type CandidateIndex } from './candidate-index.js';
import type { Geocoder, GeoPlace } from './geocoder.js';
import { placePrior, type PlaceCandidate } from './place-candidate.js';
import { placeKey } from './place-key.js';

/** A place with the names it is known by (its own name is always one). */
export interface NamedPlace extends GeoPlace {
  readonly aliases?: readonly string[];
}

/**
 * A geocoder over a fixed list of places, ranked like the offline one: for tests, and for users
 * with their own small gazetteer.
 *
 * @example
 * createTableGeocoder([{ name: 'Baghdad', country: 'IRQ', lat: 33.34, lon: 44.40, geonamesId: 98182,
 *   placeKind: 'city', population: 7216000 }]).lookup('baghdad')
 */
export function createTableGeocoder(places: readonly NamedPlace[]): Geocoder {
  const index: CandidateIndex = new Map();
  for (const { aliases = [], ...fields } of places) {
    const place: GeoPlace = Object.freeze(fields);
    const candidate: PlaceCandidate = Object.freeze({ place, prior: placePrior(place, { curated: true }), ambiguousName: false });
    for (const key of new Set([place.name, ...aliases].map(placeKey))) {
      addCandidate(index, key, candidate);
    }
  }
  return geocoderOver(index);
}
