/**
 * Facet rollups (schema 5): the timeline rollups again, keyed also by one more property of the
 * event, so that a timeline filtered by it reads a few hundred index rows instead of scanning
 * events. The facets, each the same test as the filter it answers (`src/store/event-filter.ts`):
 *
 * - `root`: the CAMEO root ("19"), for `root` and a two-digit `code`;
 * - `plover`: the PLOVER type, for `plover`;
 * - `role`: each distinct role block (GOV, MIL...) of the source's or the target's code (blocks
 *   2-4), for `role`;
 * - `confidence`: the tenth the event's confidence falls in ("0".."9"; 1.0 counts in "9"), for a
 *   `min_confidence` of 0, 0.1, ..., 0.9 (the tenths at and above it).
 *
 * For the whole store (`timeline_all_facets`) and per actor root (`timeline_actors_facets`: an
 * event counts for its source's and its target's first block, once when they are the same); per
 * day, and for the whole store per month (schemas 5-10 kept the actors' months too: see FACET_DAYS_SQL); the events per quad class as four columns (a facet with a quad class too is
 * read from the events). Dyads have no facet rows (a dyad-day-facet row would hold about one event):
 * their filtered timelines read the dyad index, which schema 5 widens to cover every faceted column.
 *
 * A write's new events join them at its settle (deferRollups), and triggers on `events` keep them
 * exact from then on (a merged mention adds itself; a mention that raises an event's confidence
 * into the next tenth moves it), as for the other rollups.
 */
import type { EventFilter } from './event-filter.js';
import { monthOf, notDeferred, MERGED_STORED_EVENTS } from './rollup-sql.js';

/** The four facets, named as in the rollup rows. */
export type Facet = 'root' | 'plover' | 'role' | 'confidence';

/** A facet and the values of it that a filter admits. */
export interface FacetSelection {
  readonly facet: Facet;
  readonly values: readonly string[];
}

const TENTHS = [9, 8, 7, 6, 5, 4, 3, 2, 1] as const;

/** The tenth of a confidence (SQL), with the same literal bounds as the filter's `confidence >= ?`. */
const tenthOf = (confidence: string) => `CASE ${TENTHS.map((t) => `WHEN ${confidence} >= 0.${t} THEN '${t}'`).join(' ')} ELSE '0' END`;

/** The role blocks a code may hold (SQL), as the role filter reads them. */
const ROLE_BLOCKS = (['source', 'target'] as const).flatMap((side) => [4, 7, 10].map((at) => (p: string) => `substr(${p}${side}_code, ${at}, 3)`));

/**
 * (facet, value) of each facet of an event: SQL branches over columns prefixed with `p` ("NEW.",
 * or "" in a FROM), each value once (a role block repeated on the other side is left out), so
 * that UNION ALL joins them without sorting.
 */
function facetBranches(p: string, columns: string, from: string): string[] {
  const branch = (facet: string, value: string, where?: string) => `SELECT ${columns ? `${columns}, ` : ''}'${facet}' AS facet, ${value} AS value${from}${where ? ` WHERE ${where}` : ''}`;
  const blocks = ROLE_BLOCKS.map((block) => block(p));
  return [
    branch('root', `${p}cameo_root`),
    branch('plover', `${p}plover_type`, `${p}plover_type IS NOT NULL`),
    ...blocks.map((block, i) => branch('role', block, [`${block} <> ''`, ...blocks.slice(0, i).map((earlier) => `${block} <> ${earlier}`)].join(' AND '))),
    branch('confidence', tenthOf(`${p}confidence`)),
  ];
}

/** A facet rollup table, keyed by `keys` (besides facet, value, grain and period). */
const tableSql = (table: string, keys: readonly string[]): string => `
    CREATE TABLE ${table} (
      ${keys.map((k) => `${k} TEXT NOT NULL,`).join(' ')}
      facet      TEXT NOT NULL,
      value      TEXT NOT NULL,
      grain      TEXT NOT NULL CHECK (grain IN ('day', 'month')),
      period     INTEGER NOT NULL,
      events     INTEGER NOT NULL,
      mentions   INTEGER NOT NULL,
      goldstein  REAL NOT NULL,
      q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
      PRIMARY KEY (${[...keys, 'facet', 'value', 'grain', 'period'].join(', ')})
    ) WITHOUT ROWID;`;

const TABLES_SQL = `${tableSql('timeline_all_facets', [])}${tableSql('timeline_actors_facets', ['actor_root'])}`;

const ADD = ' ON CONFLICT DO UPDATE SET events = events + excluded.events, mentions = mentions + excluded.mentions, goldstein = goldstein + excluded.goldstein, q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4';

const QUADS = (events: string, quad: string) => [1, 2, 3, 4].map((q) => `CASE WHEN ${quad} = ${q} THEN ${events} ELSE 0 END`).join(', ');
const QUAD_SUMS = [1, 2, 3, 4].map((q) => `sum(quad_class = ${q})`).join(', ');
const COLUMNS = 'events, mentions, goldstein, q1, q2, q3, q4';

/** The grains of event `r`'s facet rows: its day, and its month when `months`. */
const grainsOf = (r: 'NEW' | 'OLD', months: boolean) => `(SELECT 'day' AS grain, ${r}.day AS period${months ? ` UNION ALL SELECT 'month', ${monthOf(`${r}.day`)}` : ''}) g`;

/** Which facet tables keep month rows: both until schema 11, then the whole store's only. */
interface MonthRows { readonly store: boolean; readonly actors: boolean }
const SCHEMA_5_MONTHS: MonthRows = { store: true, actors: true };
const SCHEMA_11_MONTHS: MonthRows = { store: true, actors: false };

/** Adds `events`, `mentions` and `goldstein` (SQL) to every facet row of event `r`: its day's, and its month's where `months` keeps them. */
function addSql(r: 'NEW' | 'OLD', events: string, mentions: string, goldstein: string, months: MonthRows): string {
  const facets = `(${facetBranches(`${r}.`, '', '').join(' UNION ALL ')}) f`;
  const actors = `(SELECT ${r}.source_root AS actor_root UNION SELECT ${r}.target_root) a`;
  const values = `${events}, ${mentions}, ${goldstein}, ${QUADS(events, `${r}.quad_class`)}`;
  return `INSERT INTO timeline_all_facets (facet, value, grain, period, ${COLUMNS})
      SELECT f.facet, f.value, g.grain, g.period, ${values} FROM ${facets}, ${grainsOf(r, months.store)} WHERE true${ADD};
    INSERT INTO timeline_actors_facets (actor_root, facet, value, grain, period, ${COLUMNS})
      SELECT a.actor_root, f.facet, f.value, g.grain, g.period, ${values} FROM ${actors}, ${facets}, ${grainsOf(r, months.actors)} WHERE true${ADD};`;
}

/** Takes event `OLD` out of its facet rows and drops the rows it leaves empty. */
function removeSql(months: MonthRows): string {
  const keys = (withMonths: boolean) => `SELECT f.facet, f.value, g.grain, g.period FROM (${facetBranches('OLD.', '', '').join(' UNION ALL ')}) f,
        ${grainsOf('OLD', withMonths)}`;
  return `${addSql('OLD', '-1', '-OLD.num_mentions', '-OLD.goldstein', months)}
    DELETE FROM timeline_all_facets WHERE events = 0 AND (facet, value, grain, period) IN (${keys(months.store)});
    DELETE FROM timeline_actors_facets WHERE events = 0 AND actor_root IN (OLD.source_root, OLD.target_root) AND (facet, value, grain, period) IN (${keys(months.actors)});`;
}

/** Columns of an event that place it in its facet rows, besides the mentions. */
const PLACING = ['day', 'quad_class', 'source_root', 'target_root', 'goldstein', 'cameo_root', 'plover_type', 'source_code', 'target_code'];
const SAME_PLACE = [...PLACING.map((k) => `OLD.${k} IS NEW.${k}`), `${tenthOf('OLD.confidence')} = ${tenthOf('NEW.confidence')}`].join(' AND ');

/** The facet triggers of schema 5 (month rows in both tables), and of schema 11 (no insert trigger, which schema 8 dropped). */
const triggersSql = (months: MonthRows) => `${months.actors ? `
    CREATE TRIGGER events_facets_insert AFTER INSERT ON events WHEN NEW.day IS NOT NULL${notDeferred('NEW')} BEGIN
    ${addSql('NEW', '1', 'NEW.num_mentions', 'NEW.goldstein', months)}
    END;` : ''}
    CREATE TRIGGER events_facets_mentions AFTER UPDATE OF num_mentions ON events
      WHEN NEW.day IS NOT NULL AND NEW.num_mentions <> OLD.num_mentions AND ${SAME_PLACE}${notDeferred('NEW')} BEGIN
    ${addSql('NEW', '0', 'NEW.num_mentions - OLD.num_mentions', '0', months)}
    END;
    CREATE TRIGGER events_facets_move AFTER UPDATE OF ${PLACING.join(', ')}, confidence ON events WHEN NOT (${SAME_PLACE})${notDeferred('NEW')} BEGIN
    ${addSql('NEW', '1', 'NEW.num_mentions', 'NEW.goldstein', months).replace(/WHERE true/g, 'WHERE NEW.day IS NOT NULL')}
    ${removeSql(months).replace(/WHERE true/g, 'WHERE OLD.day IS NOT NULL')}
    END;
    CREATE TRIGGER events_facets_delete AFTER DELETE ON events WHEN OLD.day IS NOT NULL${notDeferred('OLD')} BEGIN
    ${removeSql(months)}
    END;`;

/**
 * The dated events with ids above `since` (SQL), once per facet value, with what the rollups add
 * up (a CTE named `f`); `materialized` computes it once for a statement that reads it twice.
 */
const facetCte = (since: string, materialized = false) => `WITH ev AS${materialized ? ' MATERIALIZED' : ''} (
      SELECT id, source_root, target_root, source_code, target_code, day, ${monthOf('day')} AS month, quad_class, num_mentions, goldstein, cameo_root, plover_type, confidence
      FROM events WHERE id > ${since} AND day IS NOT NULL),
    f AS${materialized ? ' MATERIALIZED' : ''} (${facetBranches('', 'source_root, target_root, day, month, quad_class, num_mentions, goldstein', ' FROM ev').join(' UNION ALL ')})`;

/** f's rows once per actor root: the source's, and the target's when it differs. */
const PER_ACTOR = `SELECT source_root AS actor_root, * FROM f UNION ALL SELECT target_root, * FROM f WHERE target_root <> source_root`;
const SUMS = `count(*), sum(num_mentions), sum(goldstein), ${QUAD_SUMS}`;

/** The events above `since` (a literal) added to the day rows, grouped: a fill from scratch, a statement per table. */
function addDaysSql(since: string): string[] {
  return [
    `${facetCte(since)} INSERT INTO timeline_all_facets (facet, value, grain, period, ${COLUMNS})
      SELECT facet, value, 'day', day AS p, ${SUMS} FROM f GROUP BY facet, value, 'day', p${ADD}`,
    `${facetCte(since)} INSERT INTO timeline_actors_facets (actor_root, facet, value, grain, period, ${COLUMNS})
      SELECT actor_root, facet, value, 'day', day AS p, ${SUMS} FROM (${PER_ACTOR}) GROUP BY actor_root, facet, value, 'day', p${ADD}`,
  ];
}

/** The grains the whole store's facet rows take a batch into: one statement gives both, each row of f once per grain. */
const GRAINS = `(SELECT 'day' AS grain UNION ALL SELECT 'month') g`;
const PERIOD = "CASE g.grain WHEN 'day' THEN day ELSE month END";
const ONE_EVENT = `1, num_mentions, goldstein, ${[1, 2, 3, 4].map((q) => `quad_class = ${q}`).join(', ')}`;

/**
 * The events above a parameter added to the whole store's day and month rows and to the actors'
 * day rows, a statement per table. Each of a batch's
 * facet rows is upserted as it comes: grouping them first (a sort of every row) cost more than the
 * upserts it saved (22k events: 1.6-2.0 s of CPU grouped, 1.0 s as it is).
 */
function settleSql(): string[] {
  return [
    `${facetCte('?', true)} INSERT INTO timeline_all_facets (facet, value, grain, period, ${COLUMNS})
      SELECT facet, value, g.grain, ${PERIOD}, ${ONE_EVENT} FROM f, ${GRAINS} WHERE true${ADD}`,
    `${facetCte('?', true)} INSERT INTO timeline_actors_facets (actor_root, facet, value, grain, period, ${COLUMNS})
      SELECT actor_root, facet, value, 'day', day, ${ONE_EVENT} FROM (${PER_ACTOR}) WHERE true${ADD}`,
  ];
}

/**
 * The stored events that mentions merged into during a deferred write (`temp.merged_counts`), with
 * their counts as stored and as they will be (a CTE `mv`, then `f`: their facet rows' changes). An
 * event whose confidence stays in its tenth adds its new mentions to each of its rows; one that
 * moves to another tenth leaves its old tenth's row and joins the new one with all its counts.
 */
const MERGED_CTE = `WITH mv AS MATERIALIZED (
      SELECT e.source_root, e.target_root, e.source_code, e.target_code, e.day, ${monthOf('e.day')} AS month, e.quad_class, e.goldstein, e.cameo_root, e.plover_type,
        e.num_mentions, mc.mentions AS added, ${tenthOf('e.confidence')} AS old_tenth, ${tenthOf('max(e.confidence, mc.confidence)')} AS new_tenth
      FROM ${MERGED_STORED_EVENTS} AND e.day IS NOT NULL),
    f AS MATERIALIZED (${[
    ...facetBranches('', `source_root, target_root, day, month, 0 AS n, added AS m, 0 AS g, 0 AS q1, 0 AS q2, 0 AS q3, 0 AS q4`, ' FROM mv').slice(0, -1),
    `SELECT source_root, target_root, day, month, 0, added, 0, 0, 0, 0, 0, 'confidence', old_tenth FROM mv WHERE old_tenth = new_tenth`,
    `SELECT source_root, target_root, day, month, -1, -num_mentions, -goldstein, ${QUADS('-1', 'quad_class')}, 'confidence', old_tenth FROM mv WHERE old_tenth <> new_tenth`,
    `SELECT source_root, target_root, day, month, 1, num_mentions + added, goldstein, ${QUADS('1', 'quad_class')}, 'confidence', new_tenth FROM mv WHERE old_tenth <> new_tenth`,
  ].join(' UNION ALL ')})`;

/** Statements adding merged mentions to the facet rollups (see MERGED_CTE), then dropping the rows a moved event left empty. */
function mergedSql(): string[] {
  const changes = 'n, m, g, q1, q2, q3, q4';
  const moved = (keys: string) => `SELECT ${keys} FROM mv WHERE old_tenth <> new_tenth`;
  return [
    `${MERGED_CTE} INSERT INTO timeline_all_facets (facet, value, grain, period, ${COLUMNS})
      SELECT facet, value, g.grain, ${PERIOD}, ${changes} FROM f, ${GRAINS} WHERE true${ADD}`,
    `${MERGED_CTE} INSERT INTO timeline_actors_facets (actor_root, facet, value, grain, period, ${COLUMNS})
      SELECT actor_root, facet, value, 'day', day, ${changes} FROM (${PER_ACTOR}) WHERE true${ADD}`,
    // Each key column held to its values (rows that had no event are never kept, so the few other
    // keys this admits hold none); a row-value IN over a compound SELECT alone is planned as a scan.
    `${MERGED_CTE} DELETE FROM timeline_all_facets WHERE events = 0 AND facet = 'confidence' AND value IN (${moved('old_tenth')})
      AND grain IN ('day', 'month') AND period IN (${moved('day')} UNION ALL ${moved('month')})`,
    `${MERGED_CTE} DELETE FROM timeline_actors_facets WHERE events = 0 AND actor_root IN (${moved('source_root')} UNION ALL ${moved('target_root')})
      AND facet = 'confidence' AND value IN (${moved('old_tenth')}) AND grain = 'day' AND period IN (${moved('day')})`,
  ];
}

/**
 * Statements adding the mentions merged during a deferred write into events stored before it
 * (`temp.merged_counts`, see merged-counts.ts) to the facet rollups, before the events' counts
 * are updated.
 *
 * @example
 * for (const sql of FACET_MERGED_SQL) db.prepare(sql).run();
 */
export const FACET_MERGED_SQL: readonly string[] = Object.freeze(mergedSql());

/** The whole store's month rows from its day rows (a fill from scratch). */
const STORE_MONTHS_FROM_DAYS = `
    INSERT INTO timeline_all_facets SELECT facet, value, 'month', ${monthOf('period')} AS month, sum(events), sum(mentions), sum(goldstein), sum(q1), sum(q2), sum(q3), sum(q4)
      FROM timeline_all_facets WHERE grain = 'day' GROUP BY facet, value, month;`;

/** Month rows from the day rows (a fill from scratch, schema 5). */
const MONTHS_FROM_DAYS = `${STORE_MONTHS_FROM_DAYS}
    INSERT INTO timeline_actors_facets SELECT actor_root, facet, value, 'month', ${monthOf('period')} AS month, sum(events), sum(mentions), sum(goldstein), sum(q1), sum(q2), sum(q3), sum(q4)
      FROM timeline_actors_facets WHERE grain = 'day' GROUP BY actor_root, facet, value, month;`;

const DAYS_FILL_SQL = `${addDaysSql('0').join(';\n    ')};`;
/** Schema 5's fill: day rows, then month rows from them. */
const FILL_SQL = `${DAYS_FILL_SQL}\n${MONTHS_FROM_DAYS}`;

/**
 * Empties and refills the facet rollups (per actor, day rows only since schema 11) from the events (run by rebuildTimelineRollups).
 *
 * @example
 * db.exec(FACET_REBUILD_SQL)
 */
export const FACET_REBUILD_SQL = `DELETE FROM timeline_all_facets; DELETE FROM timeline_actors_facets;\n${DAYS_FILL_SQL}\n${STORE_MONTHS_FROM_DAYS}`;

/**
 * Statements adding the events with an id above their one parameter to the facet rollups (what
 * a deferred batch runs at settle time).
 *
 * @example
 * for (const sql of FACET_SETTLE_SQL) db.prepare(sql).run(since);
 */
export const FACET_SETTLE_SQL: readonly string[] = Object.freeze(settleSql());

/**
 * The SQL of schema migration 5: the facet rollup tables, filled from the stored events, their
 * triggers, and the dyad timeline index widened to the faceted columns.
 *
 * @example
 * db.exec(TIMELINE_FACETS_SQL)
 */
export const TIMELINE_FACETS_SQL = `${TABLES_SQL}\n${FILL_SQL}\n${triggersSql(SCHEMA_5_MONTHS)}
    DROP INDEX events_dyad_timeline;
    CREATE INDEX events_dyad_timeline ON events(source_root, target_root, day, quad_class, goldstein, num_mentions, cameo_root, plover_type, confidence, source_code, target_code);`;

/**
 * The facet whose rollups answer `filter` beside an actor root or nothing and a date window: exactly
 * one of `root` (or a two-digit `code`), `plover`, `role` or a `minConfidence` in tenths, and no
 * quad class; `null` otherwise.
 *
 * @example
 * facetOf({ actor: 'USA', minConfidence: 0.7 }) // { facet: 'confidence', values: ['7', '8', '9'] }
 */
export function facetOf(filter: EventFilter): FacetSelection | null {
  const found: FacetSelection[] = [];
  for (const key of Object.keys(filter) as (keyof EventFilter)[]) {
    const v = filter[key];
    if (v === undefined || v === '' || key === 'actor' || key === 'from' || key === 'to') continue;
    if (key === 'root' && typeof v === 'string') found.push({ facet: 'root', values: [v.padStart(2, '0')] });
    else if (key === 'code' && typeof v === 'string' && v.length === 2) found.push({ facet: 'root', values: [v] });
    else if (key === 'plover' && typeof v === 'string') found.push({ facet: 'plover', values: [v.toUpperCase()] });
    else if (key === 'role' && typeof v === 'string') found.push({ facet: 'role', values: [v] });
    else if (key === 'minConfidence' && typeof v === 'number' && tenths(v) !== null) found.push({ facet: 'confidence', values: tenths(v) as string[] });
    else return null;
  }
  if (found.length !== 1) return null;
  if (filter.actor !== undefined && filter.actor.length !== 3) return null;
  return found[0];
}

/** The tenths at and above `min` when `min` is 0, 0.1, ..., 0.9 exactly (as the filter compares it); else null. */
function tenths(min: number): string[] | null {
  const k = Math.round(min * 10);
  if (k < 0 || k > 9 || min !== Number(`0.${k}`)) return null;
  return Array.from({ length: 10 - k }, (_, i) => String(k + i));
}

/**
 * The SQL of schema migration 11: the facet rollups per actor root keep day rows only. Their month
 * rows were about a third of a batch's facet upserts (the facet settle was the store's second cost
 * per article: ~10 upserts an event), and an actor's monthly faceted timeline reads the day rows
 * as its weekly one (the dashboard's default) always did. The whole store's facet rows keep their
 * months: they are few (every event of a month adds to the same row) and the dashboard's first,
 * unfiltered-by-actor view reads them. The triggers that follow merged mentions, moves and deletes
 * are made again without the actors' month rows.
 *
 * @example
 * db.exec(FACET_DAYS_SQL)
 */
export const FACET_DAYS_SQL = `
    DROP TRIGGER IF EXISTS events_facets_mentions;
    DROP TRIGGER IF EXISTS events_facets_move;
    DROP TRIGGER IF EXISTS events_facets_delete;
    DELETE FROM timeline_actors_facets WHERE grain = 'month';
    ${triggersSql(SCHEMA_11_MONTHS)}`;

/** The facet table whose rows are per day only (schema 11): a monthly timeline from it sums days. */
export const DAY_ONLY_FACET_TABLE = 'timeline_actors_facets';
