/**
 * Aggregate rollups: the counts behind the dashboard's first view (actors, dyads of roots, places,
 * CAMEO codes) kept per key, per quad class and per grain, so that `/api/actors`, `/api/dyads`,
 * `/api/places`, `/api/codes` and `/api/summary` read a few thousand rows instead of scanning a
 * million events. Grain 'all' holds every event (undated ones too), grain 'month' the dated events
 * of each month (a month is named by its first day's number, as in the timeline rollups).
 *
 * `aggregate_rollups` keys (aggregate, grain, period, quad class, k1, k2), with events, mentions, Goldstein
 * sum and, for places, how many events have a latitude (longitude) and their sum:
 * - `source` / `target`: k1 the full actor code, for events whose code on that side is not '';
 * - `dyad`: k1, k2 the source and target roots, for events whose two codes are not '';
 * - `place`: k1 '=' and the place name ('' for none), k2 the country, for events with a country;
 * - `code`: k1 the CAMEO code, k2 its root, for every event.
 * `dyad_codes` keys whole source and target codes (both not ''), grain 'all' only, with an index
 * that yields the busiest pairs first.
 *
 * Kept exact as the timeline rollups are (src/store/timeline-rollups.ts): a write's new events
 * join them at its settle (deferRollups), and triggers on `events` follow merged mentions, moves
 * and deletes, except for the events of a write still deferring them (`rollup_deferral`).
 */
import { monthOf, notDeferred, MERGED_STORED_EVENTS } from './rollup-sql.js';

type Row = 'NEW' | 'OLD' | 'e';

/** An aggregate: its name, its two keys as SQL over an event row, and which events it counts. */
interface Aggregate {
  readonly name: string;
  readonly k1: (r: Row) => string;
  readonly k2: (r: Row) => string;
  readonly when: (r: Row) => string;
  /** Whether it sums coordinates (places). */
  readonly located: boolean;
}

/**
 * The aggregates, in the order of the table's rows.
 *
 * @example
 * AGGREGATES.map((f) => f.name) // ['source', 'target', 'dyad', 'place', 'code']
 */
export const AGGREGATES: readonly Aggregate[] = Object.freeze([
  { name: 'source', k1: (r: Row) => `${r}.source_code`, k2: () => "''", when: (r: Row) => `${r}.source_code <> ''`, located: false },
  { name: 'target', k1: (r: Row) => `${r}.target_code`, k2: () => "''", when: (r: Row) => `${r}.target_code <> ''`, located: false },
  { name: 'dyad', k1: (r: Row) => `${r}.source_root`, k2: (r: Row) => `${r}.target_root`, when: (r: Row) => `${r}.source_code <> '' AND ${r}.target_code <> ''`, located: false },
  // A key column cannot be NULL: a place name is kept behind '=' and no name is ''.
  { name: 'place', k1: (r: Row) => `ifnull('=' || ${r}.place, '')`, k2: (r: Row) => `${r}.country`, when: (r: Row) => `${r}.country IS NOT NULL`, located: true },
  { name: 'code', k1: (r: Row) => `${r}.cameo`, k2: (r: Row) => `${r}.cameo_root`, when: () => '1', located: false },
]);

/** The aggregate named `name`. */
export function aggregateNamed(name: AggregateName): Aggregate {
  return AGGREGATES.find((f) => f.name === name) as Aggregate;
}

export type AggregateName = 'source' | 'target' | 'dyad' | 'place' | 'code';

/*
 * Sums are kept as integers: Goldstein values in millionths, coordinates in billionths of a degree.
 * Integer sums are exact in any order, so a mean read from the rollups is the exact sum divided
 * once, as SQLite's avg() (a compensated sum) gives it; float sums added in another order differ
 * in the last bit, and round(x, 2) of a mean like 7.525 then tips the other way.
 */
/** An event's Goldstein value in millionths (SQL). */
export const goldsteinUnits = (r: Row): string => `CAST(round(${r}.goldstein * 1e6) AS INTEGER)`;
/** An event's latitude or longitude in billionths of a degree, 0 when there is none (SQL). */
const degreeUnits = (r: Row, c: 'lat' | 'lon'): string => `ifnull(CAST(round(${r}.${c} * 1e9) AS INTEGER), 0)`;

/** SQL of an event group's counts (events, mentions, Goldstein, latitude and longitude counts and sums), named as the table's columns. */
export function countsSql(r: Row, located: boolean): string {
  const place = located
    ? [`sum(${r}.lat IS NOT NULL)`, `sum(${degreeUnits(r, 'lat')})`, `sum(${r}.lon IS NOT NULL)`, `sum(${degreeUnits(r, 'lon')})`]
    : ['0', '0', '0', '0'];
  return ['count(*)', `sum(${r}.num_mentions)`, `sum(${goldsteinUnits(r)})`, ...place].map((x, i) => `${x} AS ${COUNTS[i]}`).join(', ');
}

const COUNTS = ['events', 'mentions', 'goldstein', 'lat_n', 'lat', 'lon_n', 'lon'];
const COUNT_COLUMNS = COUNTS.join(', ');
const ADD_AGGREGATE = ` ON CONFLICT DO UPDATE SET ${COUNTS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;
const ADD_DYAD = ` ON CONFLICT DO UPDATE SET ${COUNTS.slice(0, 3).map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;
const DYAD_CODES_WHEN = (r: Row) => `${r}.source_code <> '' AND ${r}.target_code <> ''`;
const GRAINS = [["'all'", () => '0', () => '1'], ["'month'", (r: Row) => monthOf(`${r}.day`), (r: Row) => `${r}.day IS NOT NULL`]] as const;

/** Adds event `r` (NEW or OLD) with the given counts (SQL: events, mentions, Goldstein, and a sign for the coordinates) to its rows. */
function addEventSql(r: 'NEW' | 'OLD', events: string, mentions: string, goldstein: string, sign: '' | '-' | null): string {
  const out: string[] = [];
  for (const f of AGGREGATES) {
    for (const [grain, period, dated] of GRAINS) {
      const place = f.located && sign !== null
        ? [`${sign}(${r}.lat IS NOT NULL)`, `${sign}${degreeUnits(r, 'lat')}`, `${sign}(${r}.lon IS NOT NULL)`, `${sign}${degreeUnits(r, 'lon')}`]
        : ['0', '0', '0', '0'];
      out.push(`INSERT INTO aggregate_rollups (aggregate, grain, period, quad_class, k1, k2, ${COUNT_COLUMNS})
      SELECT '${f.name}', ${grain}, ${period(r)}, ${r}.quad_class, ${f.k1(r)}, ${f.k2(r)}, ${events}, ${mentions}, ${goldstein}, ${place.join(', ')}
      WHERE ${f.when(r)} AND ${dated(r)}${ADD_AGGREGATE};`);
    }
  }
  out.push(`INSERT INTO dyad_codes (source_code, target_code, events, mentions, goldstein)
      SELECT ${r}.source_code, ${r}.target_code, ${events}, ${mentions}, ${goldstein} WHERE ${DYAD_CODES_WHEN(r)}${ADD_DYAD};`);
  return out.join('\n    ');
}

/** Takes event OLD out of its rows, and drops the rows it leaves empty. */
function removeEventSql(): string {
  const drops = AGGREGATES.flatMap((f) => GRAINS.map(([grain, period, dated]) =>
    `DELETE FROM aggregate_rollups WHERE ${f.when('OLD')} AND ${dated('OLD')} AND events = 0 AND aggregate = '${f.name}' AND grain = ${grain} AND period = ${period('OLD')}
      AND quad_class = OLD.quad_class AND k1 = ${f.k1('OLD')} AND k2 = ${f.k2('OLD')};`));
  drops.push(`DELETE FROM dyad_codes WHERE ${DYAD_CODES_WHEN('OLD')} AND events = 0 AND source_code = OLD.source_code AND target_code = OLD.target_code;`);
  return `${addEventSql('OLD', '-1', '-OLD.num_mentions', `-${goldsteinUnits('OLD')}`, '-')}\n    ${drops.join('\n    ')}`;
}

/** The columns an event's rows depend on (besides num_mentions). */
const KEY_COLUMNS = ['day', 'quad_class', 'source_code', 'target_code', 'source_root', 'target_root', 'cameo', 'cameo_root', 'place', 'country', 'lat', 'lon', 'goldstein'];
const SAME_KEYS = KEY_COLUMNS.map((k) => `OLD.${k} IS NEW.${k}`).join(' AND ');

const TRIGGERS_SQL = `
    CREATE TRIGGER events_aggregates_insert AFTER INSERT ON events WHEN true${notDeferred('NEW')} BEGIN
    ${addEventSql('NEW', '1', 'NEW.num_mentions', goldsteinUnits('NEW'), '')}
    END;
    CREATE TRIGGER events_aggregates_mentions AFTER UPDATE OF num_mentions ON events
      WHEN ${SAME_KEYS} AND NEW.num_mentions <> OLD.num_mentions${notDeferred('NEW')} BEGIN
    ${addEventSql('NEW', '0', 'NEW.num_mentions - OLD.num_mentions', '0', null)}
    END;
    CREATE TRIGGER events_aggregates_move AFTER UPDATE OF ${KEY_COLUMNS.join(', ')} ON events WHEN NOT (${SAME_KEYS})${notDeferred('NEW')} BEGIN
    ${removeEventSql()}
    ${addEventSql('NEW', '1', 'NEW.num_mentions', goldsteinUnits('NEW'), '')}
    END;
    CREATE TRIGGER events_aggregates_delete AFTER DELETE ON events WHEN true${notDeferred('OLD')} BEGIN
    ${removeEventSql()}
    END;`;

const TABLES_SQL = `
    CREATE TABLE aggregate_rollups (
      aggregate  TEXT NOT NULL,
      grain      TEXT NOT NULL CHECK (grain IN ('all', 'month')),
      period     INTEGER NOT NULL, -- 0 for 'all'; a month's first day number for 'month'
      quad_class INTEGER NOT NULL,
      k1         TEXT NOT NULL,
      k2         TEXT NOT NULL,
      events     INTEGER NOT NULL,
      mentions   INTEGER NOT NULL,
      goldstein  INTEGER NOT NULL, -- the sum of the Goldstein values, in millionths
      lat_n      INTEGER NOT NULL, -- events with a latitude (places only; else 0)
      lat        INTEGER NOT NULL, -- the sum of their latitudes, in billionths of a degree
      lon_n      INTEGER NOT NULL,
      lon        INTEGER NOT NULL,
      PRIMARY KEY (aggregate, grain, period, quad_class, k1, k2)
    ) WITHOUT ROWID;
    CREATE TABLE dyad_codes (
      source_code TEXT NOT NULL,
      target_code TEXT NOT NULL,
      events      INTEGER NOT NULL,
      mentions    INTEGER NOT NULL,
      goldstein   INTEGER NOT NULL, -- in millionths
      PRIMARY KEY (source_code, target_code)
    ) WITHOUT ROWID;
    CREATE INDEX dyad_codes_top ON dyad_codes(events DESC, source_code, target_code);`;

/**
 * Grouped statements adding the events whose id passes `idWhere` (SQL over `events e`) to every
 * rollup: one per aggregate and grain, and one for the code dyads; `access` (' NOT INDEXED') pins how
 * `events` is read.
 */
function addEventsSql(idWhere: string, access = ''): string[] {
  const out: string[] = [];
  for (const f of AGGREGATES) {
    for (const [grain, period, dated] of GRAINS) {
      out.push(`INSERT INTO aggregate_rollups (aggregate, grain, period, quad_class, k1, k2, ${COUNT_COLUMNS})
      SELECT '${f.name}', ${grain}, ${period('e')} AS p, e.quad_class, ${f.k1('e')} AS a, ${f.k2('e')} AS b, ${countsSql('e', f.located)}
      FROM events e${access} WHERE ${idWhere} AND ${f.when('e')} AND ${dated('e')} GROUP BY p, e.quad_class, a, b${ADD_AGGREGATE}`);
    }
  }
  out.push(`INSERT INTO dyad_codes (source_code, target_code, events, mentions, goldstein)
      SELECT e.source_code, e.target_code, ${countsSql('e', false).split(', ').slice(0, 3).join(', ')}
      FROM events e${access} WHERE ${idWhere} AND ${DYAD_CODES_WHEN('e')} GROUP BY e.source_code, e.target_code${ADD_DYAD}`);
  return out;
}

const FILL_SQL = addEventsSql('1').map((s) => `${s};`).join('\n    ');

/**
 * Statements adding the mentions merged during a deferred write into events stored before it
 * (`temp.merged_counts`, see merged-counts.ts) to the aggregate rollups: grouped, mentions only
 * (no key of an aggregate row changes with a merged mention).
 *
 * @example
 * for (const sql of AGGREGATE_MERGED_SQL) db.prepare(sql).run();
 */
export const AGGREGATE_MERGED_SQL: readonly string[] = Object.freeze([
  ...AGGREGATES.flatMap((f) => GRAINS.map(([grain, period, dated]) => `INSERT INTO aggregate_rollups (aggregate, grain, period, quad_class, k1, k2, ${COUNT_COLUMNS})
      SELECT '${f.name}', ${grain}, ${period('e')} AS p, e.quad_class, ${f.k1('e')} AS a, ${f.k2('e')} AS b, 0, sum(mc.mentions), 0, 0, 0, 0, 0
      FROM ${MERGED_STORED_EVENTS} AND ${f.when('e')} AND ${dated('e')} GROUP BY p, e.quad_class, a, b${ADD_AGGREGATE}`)),
  `INSERT INTO dyad_codes (source_code, target_code, events, mentions, goldstein)
      SELECT e.source_code, e.target_code, 0, sum(mc.mentions), 0
      FROM ${MERGED_STORED_EVENTS} AND ${DYAD_CODES_WHEN('e')} GROUP BY e.source_code, e.target_code${ADD_DYAD}`,
]);

/**
 * The SQL of the schema migration that adds the aggregate rollups: the tables, filled from the stored
 * events, the triggers that keep them exact, and the indexes the summary's other counts read.
 *
 * @example
 * db.exec(AGGREGATE_ROLLUPS_SQL)
 */
export const AGGREGATE_ROLLUPS_SQL = `${TABLES_SQL}
    ${FILL_SQL}
    ${TRIGGERS_SQL}
    -- The summary's merged events and most reported ones, and its outlets, without a scan.
    CREATE INDEX events_reported ON events(num_articles DESC, num_mentions DESC);
    CREATE INDEX articles_source ON articles(source);`;

/**
 * Empties and refills the aggregate rollups from the events table; for a repair or a check. Call
 * inside a transaction.
 *
 * @example
 * db.transaction(() => rebuildAggregateRollups(db))();
 */
export function rebuildAggregateRollups(db: { exec(sql: string): unknown }): void {
  db.exec(`DELETE FROM aggregate_rollups; DELETE FROM dyad_codes;\n${FILL_SQL}`);
}

/**
 * Statements adding the events with an id above their one parameter to the aggregate rollups (what
 * a deferred batch runs at settle time, deferRollups).
 *
 * @example
 * for (const sql of AGGREGATE_SETTLE_SQL) db.prepare(sql).run(since);
 */
// NOT INDEXED keeps the id range: the code dyads' statement walked the whole events_dyad index
// (every event of the store, each row read) to group without sorting.
export const AGGREGATE_SETTLE_SQL: readonly string[] = Object.freeze(addEventsSql('e.id > ?', ' NOT INDEXED'));
