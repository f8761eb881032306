/**
 * Counts of dated events from the timeline rollups, for weighing an event page's plan: one sum
 * over the month rows of a window's months, a partial month at either edge counted for the share
 * of its days inside the window (an actor's facet, which has day rows only: the window's days exactly) (the plan needs sizes, not exact counts: a year's window is about
 * fifty rows instead of the three hundred day rows of its edge months). The timeline reader
 * answers exact totals per period, grouping and naming periods: ten times the work of a sum.
 */
import { dayOf, type EventFilter } from './event-filter.js';
import { monthWindow } from './month-window.js';
import type { Store } from './open-store.js';
import { createStatementCache } from './statement-cache.js';
import { DAY_ONLY_FACET_TABLE } from './timeline-facets.js';
import { rollupAnswers, rollupKeys } from './timeline.js';

/** Counts of the events the rollups answer. */
export interface RollupCounts {
  /**
   * The dated events matching `filter` (which `rollupAnswers` must accept; 0 when it does not):
   * exact over the window's whole months, and the share of its days of each partial edge month's.
   */
  events(filter: EventFilter): number;
}

/**
 * The rollup counter of a store; statements are prepared once per counter.
 *
 * @example
 * createRollupCounts(store).events({ actor: 'USA', root: '19', from: '2020-01-01', to: '2020-12-31' }) // 4210
 */
export function createRollupCounts(store: Store): RollupCounts {
  const statements = createStatementCache(store.db, 64);
  const dataVersion = store.db.prepare<[], number>('PRAGMA data_version').pluck();
  const ownChanges = store.db.prepare<[], number>('SELECT total_changes()').pluck();
  // Counts over the whole store (a key's total: every month row of ten years) are kept until the
  // store changes (another connection's commit moves data_version, this one's total_changes).
  const wholeStore = new Map<string, number>();
  let seen = '';
  const count = (filter: EventFilter): number => {
    if (filter.from || filter.to) return sum(filter);
    const now = `${dataVersion.get()}:${ownChanges.get()}`;
    if (now !== seen || wholeStore.size >= WHOLE_STORE_COUNTS) {
      wholeStore.clear();
      seen = now;
    }
    const key = JSON.stringify(filter);
    let n = wholeStore.get(key);
    if (n === undefined) {
      n = sum(filter);
      wholeStore.set(key, n);
    }
    return n;
  };
  const sum = (filter: EventFilter): number => {
    const { table, where: keys, params, facet } = rollupKeys(filter);
    if (facet !== null && table === DAY_ONLY_FACET_TABLE) return facetSum(table, keys, params, filter);
    const sql = `SELECT total(CASE WHEN period = ? THEN events * ? WHEN period = ? THEN events * ? ELSE events END) AS n FROM ${table}
      WHERE ${[...keys, "grain = 'month'", 'period BETWEEN ? AND ?'].join(' AND ')}`;
    const { first, firstShare, last, lastShare } = edgeMonths(filter);
    const row = statements.get(sql).get(first, firstShare, last, lastShare, ...params, first, last) as { n: number };
    return row.n;
  };
  // An actor's facet rollups keep day rows only (schema 11): the window's days, counted exactly.
  const facetSum = (table: string, keys: readonly string[], params: readonly (string | number)[], filter: EventFilter): number => {
    const sql = `SELECT total(events) AS n FROM ${table} WHERE ${[...keys, "grain = 'day'", 'period BETWEEN ? AND ?'].join(' AND ')}`;
    const { lo, hi } = monthWindow(filter);
    return (statements.get(sql).get(...params, lo, hi) as { n: number }).n;
  };
  return { events: (filter) => (rollupAnswers(filter) ? count(filter) : 0) };
}

/** How many whole-store counts a counter keeps (one per actor, dyad, root or facet asked for). */
const WHOLE_STORE_COUNTS = 4096;

const DAY_MS = 86_400_000;
/** Far before and after any dated event (day numbers), as month starts. */
const NO_MONTH_BEFORE = -1e9;
const NO_MONTH_AFTER = 1e9;

/**
 * The first and last months a window touches (their first days) and the share of each inside it,
 * by days; a month wholly inside counts whole.
 *
 * @example
 * edgeMonths({ from: '2015-01-17', to: '2015-03-31' }) // { first: 16436, firstShare: 15 / 31, last: 16495, lastShare: 1 }
 */
export function edgeMonths(window: Pick<EventFilter, 'from' | 'to'>): { first: number; firstShare: number; last: number; lastShare: number } {
  const lo = window.from ? dayOf(window.from, 'from') : undefined;
  const hi = window.to ? dayOf(window.to, 'to') : undefined;
  const first = lo === undefined ? NO_MONTH_BEFORE : monthOf(lo, 0);
  const last = hi === undefined ? NO_MONTH_AFTER : monthOf(hi, 0);
  const share = (month: number) => {
    if (month === NO_MONTH_BEFORE || month === NO_MONTH_AFTER) return 1;
    const after = monthOf(month, 1);
    const inside = Math.min(hi ?? after - 1, after - 1) - Math.max(lo ?? month, month) + 1;
    return Math.max(0, inside) / (after - month);
  };
  return { first, firstShare: share(first), last, lastShare: share(last) };
}

/** The first day of the month `ahead` months after day number `day`'s. */
function monthOf(day: number, ahead: number): number {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + ahead, 1) / DAY_MS;
}
