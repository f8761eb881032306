import { join } from 'node:path';
import { ParleyError } from '../core/errors.js';
import { projectDataDir } from '../lexicon/data-dir.js';
import { readTable } from './read-table.js';
const PLOVER_TYPES = new Set([
    'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
    'ACCUSE', 'REJECT', 'SANCTION', 'THREATEN', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);
const CODE_SHAPE = /^\d{2,4}$/;
/**
 * Loads the CAMEO code table and the CAMEO -> PLOVER conversion from `dir` (default
 * `data/ontology/`), validates every row, and returns one frozen lookup.
 *
 * @example
 * const onto = loadOntology();
 * onto.goldsteinOf('190');   // -10
 * onto.ploverOf('0874');     // { type: 'RETREAT', mode: 'disarm' }
 */
export function loadOntology(dir = join(projectDataDir(), 'ontology')) {
    const codes = readCameoCodes(join(dir, 'cameo-codes.tsv'));
    const plover = readPloverMappings(join(dir, 'cameo-plover.tsv'), codes);
    return createOntology(codes, plover);
}
function readCameoCodes(file) {
    const codes = new Map();
    for (const { line, fields } of readTable(file, ['code', 'root', 'quad_class', 'goldstein', 'name'])) {
        const fail = (msg) => new ParleyError('LEXICON_INVALID', msg, { input: file, line });
        const { code, root, name } = fields;
        if (!CODE_SHAPE.test(code))
            throw fail(`CAMEO code "${code}" is not 2-4 digits`);
        if (root !== code.slice(0, 2))
            throw fail(`root "${root}" is not the first two digits of "${code}"`);
        if (codes.has(code))
            throw fail(`CAMEO code "${code}" is listed twice`);
        const quad = Number(fields.quad_class);
        if (![1, 2, 3, 4].includes(quad))
            throw fail(`quad class "${fields.quad_class}" is not 1-4`);
        const goldstein = Number(fields.goldstein);
        if (fields.goldstein === '' || !Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
            throw fail(`Goldstein value "${fields.goldstein}" is not a number in -10..10`);
        }
        if (!name)
            throw fail(`CAMEO code "${code}" has no name`);
        if (code.length > 2 && !codes.has(code.slice(0, code.length - 1))) {
            throw fail(`CAMEO code "${code}" comes before (or without) its parent "${code.slice(0, -1)}"`);
        }
        codes.set(code, Object.freeze({ code: code, root: root, name: name, quadClass: quad, goldstein }));
    }
    return codes;
}
function readPloverMappings(file, codes) {
    const mappings = new Map();
    for (const { line, fields } of readTable(file, ['code', 'type', 'mode'])) {
        const fail = (msg) => new ParleyError('LEXICON_INVALID', msg, { input: file, line });
        const { code, type, mode } = fields;
        if (!codes.has(code))
            throw fail(`"${code}" is not a CAMEO code of cameo-codes.tsv`);
        if (!PLOVER_TYPES.has(type))
            throw fail(`"${type}" is not a PLOVER 2.0 event type`);
        if (mappings.has(code))
            throw fail(`CAMEO code "${code}" is mapped twice`);
        mappings.set(code, Object.freeze({ type: type, mode: mode ?? '' }));
    }
    return mappings;
}
/** Resolves every code's PLOVER mapping once (own row, else nearest ancestor's), then freezes. */
function createOntology(codes, listed) {
    const plover = new Map();
    for (const code of codes.keys()) {
        let found = null;
        for (let len = code.length; len >= 2 && found === null; len--)
            found = listed.get(code.slice(0, len)) ?? null;
        plover.set(code, found);
    }
    const cameo = (code) => {
        const entry = codes.get(code);
        if (entry === undefined)
            throw new ParleyError('LEXICON_INVALID', `unknown CAMEO code "${code}"`);
        return entry;
    };
    return Object.freeze({
        codes,
        cameo,
        has: (code) => codes.has(code),
        goldsteinOf: (code) => cameo(code).goldstein,
        quadClassOf: (code) => cameo(code).quadClass,
        ploverOf: (code) => {
            cameo(code);
            return plover.get(code) ?? null;
        },
    });
}
