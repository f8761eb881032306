import type { Period } from './state.js';

const DAY_MS = 86_400_000;

/** The first day of a timeline period ("2015-03" or "2015-03-02") as a UTC date. */
export function periodStart(period: string): Date {
  return new Date(period.length === 7 ? `${period}-01T00:00:00Z` : `${period}T00:00:00Z`);
}

/** The day after a period ends: the next period's start. */
export function periodEnd(period: string, per: Period): Date {
  const start = periodStart(period);
  if (per === 'month') return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return new Date(start.getTime() + (per === 'week' ? 7 : 1) * DAY_MS);
}

/** "YYYY-MM-DD" of a UTC date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The inclusive day range that a brushed interval [a, b) of time covers, whole days only.
 *
 * @example
 * brushedDays(new Date('2015-01-03T10:00Z'), new Date('2015-01-09T02:00Z')) // { from: '2015-01-03', to: '2015-01-09' }
 */
export function brushedDays(a: Date, b: Date): { from: string; to: string } {
  const from = new Date(Math.floor(a.getTime() / DAY_MS) * DAY_MS);
  const last = new Date(Math.max(from.getTime(), Math.ceil(b.getTime() / DAY_MS) * DAY_MS - DAY_MS));
  return { from: isoDay(from), to: isoDay(last) };
}

/** The day after `day` ("YYYY-MM-DD"), as a UTC date: the end of an inclusive range. */
export function dayAfter(day: string): Date {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + DAY_MS);
}
