import { ParleyError } from '../../core/errors.js';
/**
 * The rows of a tab-separated table whose first non-comment line names the columns. Lines starting
 * with '#' and blank lines are skipped; a row with a missing required column is an error.
 *
 * @example
 * readTsvRows('a\tb\n1\t2\n', 'x.tsv', ['a', 'b']) // [{ line: 2, cells: { a: '1', b: '2' } }]
 */
export function readTsvRows(text, origin, required) {
    const lines = text.split(/\r?\n/);
    let header = null;
    const rows = [];
    lines.forEach((raw, i) => {
        if (raw.trim() === '' || raw.startsWith('#'))
            return;
        const fields = raw.split('\t').map((f) => f.trim());
        if (header === null) {
            header = fields;
            const missing = required.filter((c) => !fields.includes(c));
            if (missing.length > 0)
                throw invalid(origin, i + 1, `header lacks column(s) ${missing.join(', ')}`);
            return;
        }
        const cells = {};
        header.forEach((name, k) => { cells[name] = fields[k] ?? ''; });
        for (const c of required)
            if (cells[c] === '')
                throw invalid(origin, i + 1, `empty '${c}'`);
        rows.push({ line: i + 1, cells });
    });
    return rows;
}
/** A number cell, or an error naming the line. */
export function numberCell(row, column, origin) {
    const value = Number(row.cells[column]);
    if (row.cells[column] === '' || !Number.isFinite(value))
        throw invalid(origin, row.line, `'${column}' is not a number: '${row.cells[column]}'`);
    return value;
}
function invalid(origin, line, message) {
    return new ParleyError('LEXICON_INVALID', `${origin}:${line}: ${message}`, { stage: 'places', input: origin, line });
}
