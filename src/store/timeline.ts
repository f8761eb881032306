import { filterSql, type EventFilter } from './event-filter.js';
import type { Store } from './open-store.js';

export type Period = 'day' | 'week' | 'month';

/** Events of one period: how many, how often reported, and their Goldstein sum. */
export interface TimelineRow {
  /** "2007-05-28" (day, and week: its Monday) or "2007-05" (month). */
  readonly period: string;
  readonly events: number;
  readonly mentions: number;
  readonly goldstein: number;
}

const PERIOD_SQL: Readonly<Record<Period, string>> = {
  day: "date(e.day * 86400, 'unixepoch')",
  // SQLite counts 1970-01-01 (day 0) as a Thursday: day + 3 days since the last Monday.
  week: "date((e.day - (((e.day + 3) % 7 + 7) % 7)) * 86400, 'unixepoch')",
  month: "strftime('%Y-%m', e.day * 86400, 'unixepoch')",
};

/**
 * Counts and Goldstein sums per day, week or month of the events matching `filter` (typically an
 * actor or a dyad); events without a day-precision date are left out.
 *
 * @example
 * timeline(store, { dyad: ['USA', 'IRN'] }, 'month')
 */
export function timeline(store: Store, filter: EventFilter, period: Period): TimelineRow[] {
  const { where, params } = filterSql(filter);
  return store.db.prepare(`SELECT ${PERIOD_SQL[period]} AS period, count(*) AS events, sum(e.num_mentions) AS mentions, round(sum(e.goldstein), 1) AS goldstein
    FROM events e WHERE e.day IS NOT NULL AND ${where} GROUP BY 1 ORDER BY 1`).all(...params) as TimelineRow[];
}
