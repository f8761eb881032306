/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, and when it starts
 * with a character a spreadsheet would run as a formula.
 *
 * @example
 * csvField('say "no"') // '"say ""no"""'
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A CSV document: a header row of column names, then one row per record, lines ended by CRLF.
 *
 * @example
 * toCsv([{ name: 'code', value: (e) => e.cameo }], events)
 */
export function toCsv<T>(columns: readonly { readonly name: string; readonly value: (row: T) => string | number | null | undefined }[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvField(c.name)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','));
  return lines.join('\r\n') + '\r\n';
}
