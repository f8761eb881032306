/**
 * One line of at most `n` characters: white space folded, an ellipsis where it was cut.
 *
 * @example
 * clip('Iran  met\nIraq in Baghdad.', 12) // 'Iran met Ir…'
 */
export function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/**
 * A plain-text table with columns padded to their widest cell (the last column is not padded).
 *
 * @example
 * table(['code', 'events'], [['04', '12']])
 */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}
