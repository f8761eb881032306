import type { Geocoder, GeocoderContext, GeoPlace } from './geocoder.js';
import { bestCandidate, type PlaceCandidate } from './place-candidate.js';
import { leadingRun, placeKey } from './place-key.js';

/** Candidates by name key, in the order they were added (the team's tables before GeoNames). */
export type CandidateIndex = Map<string, PlaceCandidate[]>;

/**
 * Adds a candidate under a name key. A candidate with the GeoNames id of one already there is
 * dropped: the team's alias row wins over the city row for the same place.
 *
 * @example
 * addCandidate(index, placeKey('Kiev'), kyiv)
 */
export function addCandidate(index: CandidateIndex, key: string, candidate: PlaceCandidate): void {
  const list = index.get(key);
  if (!list) { index.set(key, [candidate]); return; }
  const id = candidate.place.geonamesId;
  if (id !== null && list.some((o) => o.place.geonamesId === id)) return;
  list.push(candidate);
}

/**
 * A geocoder over a finished candidate index: the shared lookup of every table-backed implementation.
 *
 * @example
 * geocoderOver(index).lookup('Green Zone')
 */
export function geocoderOver(index: ReadonlyMap<string, readonly PlaceCandidate[]>): Geocoder {
  const lookup = (name: string, context: GeocoderContext = {}): GeoPlace | null => {
    const candidates = index.get(placeKey(name));
    if (!candidates) return null;
    const place = bestCandidate(candidates, context.countries, context.locative === true)?.place;
    // Places are frozen when first handed out: freezing 140,000 of them at load costs half a second.
    return place ? Object.freeze(place) : null;
  };
  // The most words of a name key, by the key's leading run.
  const runs = new Map<string, number>();
  for (const key of index.keys()) {
    const run = leadingRun(key);
    const words = key.split(' ').length;
    if ((runs.get(run) ?? 0) < words) runs.set(run, words);
  }
  return Object.freeze({
    lookup,
    isKnown: (phrase: string, context?: GeocoderContext) => lookup(phrase, context) !== null,
    mayStartName: (run: string) => runs.has(run),
    longestNameWords: (run: string) => runs.get(run) ?? 0,
  });
}
