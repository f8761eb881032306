import { ParleyError } from '../../core/errors.js';

/** One data row of a TSV table, by column name, with its line number for error messages. */
export interface TsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * The rows of a tab-separated table whose first non-comment line names the columns. Lines starting
 * with '#' and blank lines are skipped; a row with a missing required column is an error.
 *
 * @example
 * readTsvRows('a\tb\n1\t2\n', 'x.tsv', ['a', 'b']) // [{ line: 2, cells: { a: '1', b: '2' } }]
 */
export function readTsvRows(text: string, origin: string, required: readonly string[]): TsvRow[] {
  const lines = text.split(/\r?\n/);
  let header: string[] | null = null;
  const rows: TsvRow[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const fields = raw.split('\t').map((f) => f.trim());
    if (header === null) {
      header = fields;
      const missing = required.filter((c) => !fields.includes(c));
      if (missing.length > 0) throw invalid(origin, i + 1, `header lacks column(s) ${missing.join(', ')}`);
      return;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, k) => { cells[name] = fields[k] ?? ''; });
    for (const c of required) if (cells[c] === '') throw invalid(origin, i + 1, `empty '${c}'`);
    rows.push({ line: i + 1, cells });
  });
  return rows;
}

/** A number cell, or an error naming the line. */
export function numberCell(row: TsvRow, column: string, origin: string): number {
  const value = Number(row.cells[column]);
  if (row.cells[column] === '' || !Number.isFinite(value)) throw invalid(origin, row.line, `'${column}' is not a number: '${row.cells[column]}'`);
  return value;
}

function invalid(origin: string, line: number, message: string): ParleyError {
  return new ParleyError('LEXICON_INVALID', `${origin}:${line}: ${message}`, { stage: 'places', input: origin, line });
}
