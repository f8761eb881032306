import { ParleyError } from '../core/errors.js';
/**
 * Parses a dictionary file: blank lines and lines starting with `#` are skipped, the first other
 * line is the header, every later line a row of tab-separated cells. A row may leave trailing
 * cells out (editors strip trailing tabs); a row with more cells than the header is an error.
 *
 * @example
 * parseTsv('# roles\nrole\tnouns\nMIL\ttroops|soldiers\n', 'roles.tsv').rows[0]
 * // { line: 3, cells: ['MIL', 'troops|soldiers'] }
 */
export function parseTsv(text, input) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    let columns = null;
    let headerLine = 0;
    const rows = [];
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const cells = raw.split('\t').map((c) => c.trim());
        while (cells.length > 0 && cells[cells.length - 1] === '')
            cells.pop();
        if (columns === null) {
            columns = cells;
            headerLine = i + 1;
            continue;
        }
        if (cells.length > columns.length) {
            throw new ParleyError('LEXICON_INVALID', `line has ${cells.length} columns, the header has ${columns.length} (${columns.join(', ')})`, { input, line: i + 1 });
        }
        rows.push({ line: i + 1, cells });
    }
    if (columns === null)
        throw new ParleyError('LEXICON_INVALID', 'file has no header line', { input, line: 1 });
    return { input, columns, headerLine, rows };
}
/**
 * Splits a cell into its `|`-separated alternatives; an empty cell has none, an empty alternative
 * ("a||b", "a|") is an error.
 *
 * @example
 * splitAlternatives('Britain|UK|U.K.', 'countries.tsv', 12) // ['Britain', 'UK', 'U.K.']
 */
export function splitAlternatives(cell, input, line) {
    if (cell === '')
        return [];
    const parts = cell.split('|').map((p) => p.trim());
    if (parts.some((p) => p === '')) {
        throw new ParleyError('LEXICON_INVALID', `empty alternative in "${cell}"`, { input, line });
    }
    return parts;
}
