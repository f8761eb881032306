import { filterSql, type EventFilter } from './event-filter.js';
import { monthStart, monthWindow } from './month-window.js';
import type { Store } from './open-store.js';
import { createStatementCache } from './statement-cache.js';
import { DAY_ONLY_FACET_TABLE, facetOf, type FacetSelection } from './timeline-facets.js';

export type Period = 'day' | 'week' | 'month';

/** Events of one period: how many, how often reported, and their Goldstein sum. */
export interface TimelineRow {
  /** "2007-05-28" (day, and week: its Monday) or "2007-05" (month). */
  readonly period: string;
  readonly events: number;
  readonly mentions: number;
  readonly goldstein: number;
}

/** One period of a timeline with its events per quad class (what the API returns). */
export interface TimelinePoint extends TimelineRow {
  /** Events of quad class 1 (verbal cooperation) to 4 (material conflict). */
  readonly quad: { readonly 1: number; readonly 2: number; readonly 3: number; readonly 4: number };
}

/** Where a timeline is read from: the rollups when they can answer the filter (`auto`), or one of the two. */
export type TimelineSource = 'auto' | 'rollup' | 'events';

/** Reads timelines; statements are prepared once per reader. */
export interface TimelineReader {
  /** The timeline of the events matching `filter`, per day, week (named by its Monday) or month. */
  points(filter: EventFilter, per: Period, source?: TimelineSource): TimelinePoint[];
  /** The same timeline as tuples, cheaper to print (see `timelineJson`). */
  tuples(filter: EventFilter, per: Period, source?: TimelineSource): PointTuple[];
}

/** One period's counts: its first day, events, mentions, Goldstein sum, events of quad classes 1-3 (quad class 4 is the rest). */
type PeriodRow = [number, number, number, number, number, number, number];

/**
 * A timeline point as a tuple, in the order of the API's JSON: period, events, mentions, Goldstein
 * sum (rounded to a tenth) and the events of quad classes 1 to 4.
 */
export type PointTuple = readonly [period: string, events: number, mentions: number, goldstein: number, q1: number, q2: number, q3: number, q4: number];

/**
 * SQL sums the events of quad classes 1-3 packed into one integer, `q1 + q2·2^17 + q3·2^34` (one
 * sum instead of three: each aggregate costs SQLite about as much as reading the row). Exact while
 * a period holds fewer than 2^17 events; a period with more is asked again, unpacked.
 */
const PACK = 2 ** 17;
const PACK2 = PACK * PACK;

const DAY_MS = 86_400_000;

/**
 * Whether the rollups answer `filter`: an actor or a dyad of first blocks (three letters: USA,
 * IGO), not both, a quad class and a date window; or (schema 5's facet rollups) an actor root or
 * nothing, a date window and exactly one of a CAMEO root, a PLOVER type, a role or a minimum
 * confidence in tenths (see facetOf). Longer codes (RUSGOV), shorter prefixes and every other
 * filter read the events table.
 *
 * @example
 * rollupAnswers({ dyad: ['USA', 'IRN'], from: '2015-01-01' }) // true
 * rollupAnswers({ actor: 'USA', plover: 'ASSAULT' }) // true
 */
export function rollupAnswers(filter: EventFilter): boolean {
  return plainRollupAnswers(filter) || facetOf(filter) !== null;
}

function plainRollupAnswers(filter: EventFilter): boolean {
  for (const key of Object.keys(filter) as (keyof EventFilter)[]) {
    if (filter[key] === undefined) continue;
    if (key !== 'actor' && key !== 'dyad' && key !== 'from' && key !== 'to' && key !== 'quadClass') return false;
  }
  if (filter.actor !== undefined && filter.dyad !== undefined) return false;
  if (filter.actor !== undefined && !isRoot(filter.actor)) return false;
  if (filter.dyad !== undefined && !(isRoot(filter.dyad[0]) && isRoot(filter.dyad[1]))) return false;
  return true;
}

const isRoot = (code: string) => code.length === 3;

/**
 * The timeline reader of a store: rollup rows (migrations 3 and 5) when they answer the filter, else one
 * grouped query over the events table; both give the same timeline. Days are grouped into weeks
 * and months in SQL; a monthly timeline reads month rows for the whole months of its window and day rows
 * for the partial months at its edges (an actor's faceted one, day rows only).
 *
 * @example
 * createTimelineReader(store).points({ dyad: ['USA', 'IRN'] }, 'month')
 */
export function createTimelineReader(store: Store): TimelineReader {
  const statements = createStatementCache(store.db);
  const names = createPeriodNames();
  // Grouped per period in SQL, quad classes packed, returned as arrays: a row crossing into
  // JavaScript costs more than SQLite summing several.
  const rows = (sql: (quads: Quads) => string, params: readonly (string | number)[]): PeriodRow[] => {
    const packed = statements.get(sql('packed')).raw(true).all(...params) as number[][];
    if (!packed.every((r) => r[1] < PACK)) return statements.get(sql('apart')).raw(true).all(...params) as PeriodRow[];
    return packed.map(([p, events, mentions, goldstein, q]) => {
      const q3 = Math.floor(q / PACK2);
      const q2 = Math.floor((q - q3 * PACK2) / PACK);
      return [p, events, mentions, goldstein, q - q3 * PACK2 - q2 * PACK, q2, q3];
    });
  };
  const rollupRows = (filter: EventFilter, per: Period, grain: 'day' | 'month', lo: number, hi: number): PeriodRow[] => {
    if (lo > hi) return [];
    const { table, where: keys, params, facet } = rollupKeys(filter);
    const where = [...keys, 'grain = ?', 'period BETWEEN ? AND ?'].join(' AND ');
    // Facet day rows of a monthly timeline are summed per day in SQL and their months named here
    // (SQL's month of a day, a date function per row, cost a third of the read).
    const monthsHere = grain === 'day' && per === 'month' && table === DAY_ONLY_FACET_TABLE;
    const key = grain === 'month' || monthsHere ? 'period' : periodKey('period', per);
    // Facet rows keep their events per quad class as columns; the others a row per quad class.
    const quads = (q: Quads) => (!facet ? QUAD_SUMS(q, 'events') : q === 'packed' ? `sum(q1 + q2 * ${PACK} + q3 * ${PACK2})` : 'sum(q1), sum(q2), sum(q3)');
    const out = rows((q) => `SELECT ${key} AS p, sum(events), sum(mentions), sum(goldstein), ${quads(q)} FROM ${table} WHERE ${where} GROUP BY p ORDER BY p`, [...params, grain, lo, hi]);
    if (monthsHere) for (const r of out) r[0] = monthStart(r[0]);
    return out;
  };

  const fromRollups = (filter: EventFilter, per: Period): PeriodRow[] => {
    const { lo, hi, months } = monthWindow(filter);
    // Whole months inside [lo, hi] from month rows; the days of the partial months at each edge
    // from day rows. An actor's facet rollups keep day rows only (schema 11): their months are summed from days.
    if (per !== 'month' || months === null || rollupKeys(filter).table === DAY_ONLY_FACET_TABLE) return rollupRows(filter, per, 'day', lo, hi);
    const [firstWhole, afterWhole] = months;
    return [...rollupRows(filter, per, 'day', lo, firstWhole - 1), ...rollupRows(filter, per, 'month', firstWhole, afterWhole - 1), ...rollupRows(filter, per, 'day', afterWhole, hi)];
  };

  const fromEvents = (filter: EventFilter, per: Period): PeriodRow[] => {
    const { where, params } = filterSql(filter);
    return rows((q) => `SELECT ${periodKey('e.day', per)} AS p, count(*), sum(e.num_mentions), sum(e.goldstein), ${QUAD_SUMS(q, '1', 'e.quad_class')}
      FROM events e WHERE e.day IS NOT NULL AND ${where} GROUP BY p ORDER BY p`, params);
  };

  const tuples = (filter: EventFilter, per: Period, source: TimelineSource): PointTuple[] => {
    const useRollup = source === 'rollup' || (source === 'auto' && rollupAnswers(filter));
    return pointTuples(useRollup ? fromRollups(filter, per) : fromEvents(filter, per), per, names);
  };
  return {
    points: (filter, per, source = 'auto') => tuples(filter, per, source).map(pointOf),
    tuples: (filter, per, source = 'auto') => tuples(filter, per, source),
  };
}

/** How SQL returns the events of quad classes 1-3: in one packed column (see PACK) or three. */
type Quads = 'packed' | 'apart';

/**
 * The rollup table that answers `filter` (one `rollupAnswers` accepts), the conditions on its
 * keys besides grain and period, their parameters, and the facet it reads (if any).
 *
 * @example
 * rollupKeys({ actor: 'USA', root: '19' }).table // 'timeline_actors_facets'
 */
export function rollupKeys(filter: EventFilter): { table: string; where: string[]; params: (string | number)[]; facet: FacetSelection | null } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const facet = facetOf(filter);
  let table = facet ? 'timeline_all_facets' : 'timeline_all';
  if (filter.dyad) {
    table = 'timeline_dyads';
    where.push('source_root = ?', 'target_root = ?');
    params.push(filter.dyad[0], filter.dyad[1]);
  } else if (filter.actor) {
    table = facet ? 'timeline_actors_facets' : 'timeline_actors';
    where.push('actor_root = ?');
    params.push(filter.actor);
  }
  if (facet) {
    where.push('facet = ?', `value IN (${facet.values.map(() => '?').join(', ')})`);
    params.push(facet.facet, ...facet.values);
  } else if (filter.quadClass !== undefined) {
    where.push('quad_class = ?');
    params.push(filter.quadClass);
  }
  return { table, where, params, facet };
}

/** SQL summing `events` of quad classes 1-3, packed into one column (see PACK) or as three. */
const QUAD_SUMS = (quads: Quads, events: string, quad = 'quad_class') => (quads === 'packed'
  ? `sum(CASE ${quad} WHEN 1 THEN ${events} WHEN 2 THEN ${events} * ${PACK} WHEN 3 THEN ${events} * ${PACK2} ELSE 0 END)`
  : [1, 2, 3].map((q) => `sum(CASE WHEN ${quad} = ${q} THEN ${events} ELSE 0 END)`).join(', '));

/** SQL of the first day of the period that day number `day` falls in (a week starts on Monday: 1970-01-01, day 0, was a Thursday). */
function periodKey(day: string, per: Period): string {
  if (per === 'week') return `(${day} - ((${day} + 3) % 7 + 7) % 7)`;
  if (per === 'month') return `(${day} - CAST(strftime('%d', ${day} * 86400, 'unixepoch') AS INTEGER) + 1)`;
  return day;
}

/**
 * Counts and Goldstein sums per day, week or month of the events matching `filter` (typically an
 * actor or a dyad); events without a day-precision date are left out.
 *
 * @example
 * timeline(store, { dyad: ['USA', 'IRN'] }, 'month')
 */
export function timeline(store: Store, filter: EventFilter, period: Period): TimelineRow[] {
  return createTimelineReader(store).points(filter, period).map(({ period: p, events, mentions, goldstein }) => ({ period: p, events, mentions, goldstein }));
}

/** Period rows (sorted) as point tuples, rows of one period added up; the Goldstein sum is rounded to a tenth. */
function pointTuples(rows: readonly PeriodRow[], per: Period, names: (day: number, per: Period) => string): PointTuple[] {
  const out: [string, number, number, number, number, number, number, number][] = [];
  let lastKey = NaN;
  let last: [string, number, number, number, number, number, number, number] | undefined;
  for (const [key, events, mentions, goldstein, q1, q2, q3] of rows) {
    if (key !== lastKey || last === undefined) {
      lastKey = key;
      last = [names(key, per), 0, 0, 0, 0, 0, 0, 0];
      out.push(last);
    }
    last[1] += events;
    last[2] += mentions;
    last[3] += goldstein;
    last[4] += q1;
    last[5] += q2;
    last[6] += q3;
    last[7] += events - q1 - q2 - q3;
  }
  for (const p of out) p[3] = Math.round(p[3] * 10) / 10 + 0;
  return out;
}

/** A point tuple as the API's point object. */
function pointOf([period, events, mentions, goldstein, q1, q2, q3, q4]: PointTuple): TimelinePoint {
  return { period, events, mentions, goldstein, quad: { 1: q1, 2: q2, 3: q3, 4: q4 } };
}

/** Names of periods by their first day ("2015-03-02", "2015-03"), remembered: formatting a date costs more than summing its counts. */
function createPeriodNames(): (day: number, per: Period) => string {
  const days = new Map<number, string>();
  return (day, per) => {
    let iso = days.get(day);
    if (iso === undefined) {
      if (days.size >= 100_000) days.clear();
      iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
      days.set(day, iso);
    }
    return per === 'month' ? iso.slice(0, 7) : iso;
  };
}

