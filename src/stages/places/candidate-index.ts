import type { Geocoder, GeocoderContext, GeoPlace } from './geocoder.js';
import { bestCandidate, type PlaceCandidate } from './place-candidate.js';
import { placeKey } from './place-key.js';
import { keyFilter } from './key-filter.js';
import { runBounds } from './run-bounds.js';

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

/** How many names a geocoder remembers the candidates of before it starts afresh. */
const RECENT_NAMES = 4096;

/**
 * A geocoder over a finished candidate index: the shared lookup of every table-backed implementation.
 *
 * @example
 * geocoderOver(index).lookup('Green Zone')
 */
export function geocoderOver(index: ReadonlyMap<string, readonly PlaceCandidate[]>): Geocoder {
  return geocoderFrom((key) => index.get(key), [...index.keys()], index.size);
}

/**
 * A geocoder over candidates found by name key (`candidatesOfKey`), where `keys` are every key
 * that has candidates (repeats allowed; read once, at build) and `count` about how many distinct
 * ones there are.
 *
 * @example
 * geocoderFrom((key) => table.get(key), [...table.keys()], table.size).lookup('Basra')
 */
export function geocoderFrom(
  candidatesOfKey: (key: string) => readonly PlaceCandidate[] | undefined, keys: readonly string[], count: number,
): Geocoder {
  // The candidates of names looked up lately, by the name as given: news names the same places
  // over and over, and this small map stays in the processor's caches where the index does not.
  const recent = new Map<string, readonly PlaceCandidate[] | null>();
  const candidatesOf = (name: string): readonly PlaceCandidate[] | null => {
    let candidates = recent.get(name);
    if (candidates === undefined) {
      if (recent.size >= RECENT_NAMES) recent.clear();
      candidates = candidatesOfKey(placeKey(name)) ?? null;
      recent.set(name, candidates);
    }
    return candidates;
  };
  const lookup = (name: string, context: GeocoderContext = {}): GeoPlace | null => {
    const candidates = candidatesOf(name);
    if (!candidates) return null;
    const place = bestCandidate(candidates, context.countries, context.locative === true)?.place;
    // Places are frozen when first handed out: freezing 140,000 of them at load costs half a second.
    return place ? Object.freeze(place) : null;
  };
  // The most words of a name key, by the key's leading run (a bound: see RunBounds).
  const bounds = runBounds(keys);
  const filter = keyFilter(keys, count);
  return Object.freeze({
    lookup,
    isKnown: (phrase: string, context?: GeocoderContext) => lookup(phrase, context) !== null,
    mayStartName: (run: string) => bounds.wordsOf(run) > 0,
    longestNameWords: (run: string) => bounds.wordsOf(run),
    mayKnowPhrase: (text: string, start: number, end: number) => filter.mayHold(text, start, end),
  });
}
