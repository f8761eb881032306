import { ParleyError } from '../../core/errors.js';
import { addCandidate } from './candidate-index.js';
import { placePrior } from './place-candidate.js';
import { placeKey } from './place-key.js';
import { numberCell, readTsvRows } from './tsv-rows.js';
const KINDS = ['city', 'landmark', 'region'];
/**
 * Adds candidates by name key from `aliases.tsv`: landmarks, regions and spellings the team wrote
 * (names | separated, kind, country, lat, lon, geonames_id, population).
 *
 * @example
 * aliasCandidates(index, 'names\tkind\tcountry\tlat\tlon\nGreen Zone\tlandmark\tIRQ\t33.30\t44.39\n', 'x.tsv')
 */
export function aliasCandidates(index, tsv, origin) {
    for (const row of readTsvRows(tsv, origin, ['names', 'kind', 'country', 'lat', 'lon'])) {
        const kind = row.cells.kind;
        const fail = (m) => new ParleyError('LEXICON_INVALID', `${origin}:${row.line}: ${m}`, { stage: 'places', input: origin, line: row.line });
        if (!KINDS.includes(kind))
            throw fail(`kind must be one of ${KINDS.join(', ')}, not '${kind}'`);
        if (!/^[A-Z]{3}$/.test(row.cells.country))
            throw fail(`bad alpha-3 '${row.cells.country}'`);
        const names = row.cells.names.split('|').map((n) => n.trim()).filter((n) => n !== '');
        const place = Object.freeze({
            name: names[0], country: row.cells.country, lat: numberCell(row, 'lat', origin), lon: numberCell(row, 'lon', origin),
            geonamesId: row.cells.geonames_id ? numberCell(row, 'geonames_id', origin) : null,
            placeKind: kind,
            population: row.cells.population ? numberCell(row, 'population', origin) : 0,
        });
        const candidate = Object.freeze({ place, prior: placePrior(place, { curated: true }), ambiguousName: false });
        for (const key of new Set(names.map(placeKey))) {
            addCandidate(index, key, candidate);
        }
    }
}
