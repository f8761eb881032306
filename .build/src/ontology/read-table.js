import { readFileSync } from 'node:fs';
import { ParleyError } from '../core/errors.js';
/**
 * Reads a tab-separated data table: `#` lines and blank lines are skipped, the first other line
 * names the columns, and the header must name the `required` columns (a short row reads its missing cells as ''). A missing or
 * malformed file is a `LEXICON_INVALID` error naming the file and line.
 *
 * @example
 * readTable('data/ontology/cameo-codes.tsv', ['code', 'root'])[0].fields.code // "01"
 */
export function readTable(file, required) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (cause) {
        throw new ParleyError('LEXICON_INVALID', `cannot read table ${file}`, { input: file, cause });
    }
    const lines = text.split(/\r?\n/);
    let header = null;
    const rows = [];
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        if (raw.trim() === '' || raw.trimStart().startsWith('#'))
            continue;
        const cells = raw.split('\t').map((c) => c.trim());
        if (header === null) {
            header = cells;
            const missing = required.filter((c) => !header.includes(c));
            if (missing.length > 0) {
                throw new ParleyError('LEXICON_INVALID', `header lacks column(s) ${missing.join(', ')}`, {
                    input: file,
                    line: i + 1,
                });
            }
            continue;
        }
        const fields = {};
        header.forEach((name, k) => (fields[name] = cells[k] ?? ''));
        rows.push({ line: i + 1, fields: Object.freeze(fields) });
    }
    if (header === null)
        throw new ParleyError('LEXICON_INVALID', 'table has no header line', { input: file });
    return rows;
}
