import type { Reliability } from './reliability.js';

function percent(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(1)}%`;
}

function fixed(value: number | null, digits: number): string {
  return value === null ? '–' : value.toFixed(digits);
}

/**
 * The reliability table as text lines: one row a band (predictions, share right, mean
 * confidence), then the expected calibration error and the share right at high confidence.
 *
 * @example
 * formatReliability(reliabilityOf(judged), 'all suites pooled').join('\n')
 */
export function formatReliability(reliability: Reliability, title: string): string[] {
  const header = ['confidence', 'predictions', 'right', 'mean confidence'];
  const rows = reliability.bands.map((band) => [
    `${band.from.toFixed(1)}-${band.to.toFixed(1)}`, String(band.predictions), percent(band.shareRight), fixed(band.meanConfidence, 3),
  ]);
  rows.push(['all', String(reliability.predictions), percent(reliability.predictions === 0 ? null : reliability.right / reliability.predictions), fixed(reliability.meanConfidence, 3)]);
  const table = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const high = reliability.highConfidence;
  return [
    `reliability (${title})`,
    ...table.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')),
    `expected calibration error ${fixed(reliability.ece, 3)}; events >= ${high.threshold}: ${high.predictions}, ${percent(high.shareRight)} right`,
  ];
}
