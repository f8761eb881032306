import { dayOf, type EventFilter } from './event-filter.js';

/**
 * A filter's date window as the rollups read it: its day numbers `[lo, hi]` (far out at an open
 * end), and the whole months inside it, `[firstWhole, afterWhole)`, or null when it holds no whole
 * month. Month rows answer the whole months; the days of the partial months at each edge, before
 * `firstWhole` and from `afterWhole`, are read day by day.
 *
 * @example
 * monthWindow({ from: '2015-01-10', to: '2015-03-31' }) // { lo: 16445, hi: 16525, months: [16467, 16526] }
 */
export function monthWindow(filter: Pick<EventFilter, 'from' | 'to'>): { lo: number; hi: number; months: readonly [number, number] | null } {
  const lo = filter.from ? dayOf(filter.from, 'from') : NO_DAY_BELOW;
  const hi = filter.to ? dayOf(filter.to, 'to') : NO_DAY_ABOVE;
  const firstWhole = filter.from ? (monthStart(lo) === lo ? lo : nextMonthStart(lo)) : NO_DAY_BELOW;
  const afterWhole = filter.to ? monthStart(hi + 1) : NO_DAY_ABOVE;
  return { lo, hi, months: firstWhole < afterWhole ? [firstWhole, afterWhole] : null };
}

const NO_DAY_BELOW = -1e9;
const NO_DAY_ABOVE = 1e9;
const DAY_MS = 86_400_000;

/**
 * The first day of a day number's month (rollup-sql.ts's monthOf, for a day known in JavaScript).
 *
 * @example
 * monthStart(16450) // 16436 (2015-01-15 -> 2015-01-01)
 */
export function monthStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS;
}

function nextMonthStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS;
}
