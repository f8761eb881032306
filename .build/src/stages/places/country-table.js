import { createRequire } from 'node:module';
import { ParleyError } from '../../core/errors.js';
import { addCandidate } from './candidate-index.js';
import { placePrior } from './place-candidate.js';
import { placeKey } from './place-key.js';
import { numberCell, readTsvRows } from './tsv-rows.js';
/** i18n-iso-countries, loaded once per call site (it is CommonJS). */
export function countryNames() {
    const require = createRequire(import.meta.url);
    return require('i18n-iso-countries');
}
/**
 * Adds country candidates by name key, from `countries.tsv` (alpha-3, name, a representative point,
 * extra names) and every English name i18n-iso-countries knows for the same code.
 *
 * @example
 * countryCandidates(index, readFileSync('data/places/countries.tsv', 'utf8'), 'countries.tsv')
 * index.get('britain') // [{ place: { name: 'United Kingdom', country: 'GBR', ... } }]
 */
export function countryCandidates(index, tsv, origin) {
    const iso = countryNames();
    const namesByAlpha3 = new Map();
    for (const [alpha2, names] of Object.entries(iso.getNames('en', { select: 'all' }))) {
        const alpha3 = iso.alpha2ToAlpha3(alpha2);
        if (alpha3)
            namesByAlpha3.set(alpha3, names);
    }
    for (const row of readTsvRows(tsv, origin, ['alpha3', 'name', 'lat', 'lon'])) {
        const alpha3 = row.cells.alpha3;
        if (!/^[A-Z]{3}$/.test(alpha3))
            throw new ParleyError('LEXICON_INVALID', `${origin}:${row.line}: bad alpha-3 '${alpha3}'`, { stage: 'places', input: origin, line: row.line });
        const place = Object.freeze({
            name: row.cells.name, country: alpha3, lat: numberCell(row, 'lat', origin), lon: numberCell(row, 'lon', origin),
            geonamesId: null, placeKind: 'country', population: 0,
        });
        const candidate = Object.freeze({ place, prior: placePrior(place), ambiguousName: false });
        const names = [row.cells.name, ...(row.cells.aliases ?? '').split('|'), ...(namesByAlpha3.get(alpha3) ?? [])];
        for (const key of new Set(names.filter((n) => n.trim() !== '').map(placeKey))) {
            addCandidate(index, key, candidate);
        }
    }
}
