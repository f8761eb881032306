/**
 * Timeline rollups: events, mentions and the Goldstein sum of the dated events per day and per
 * month, per quad class, for the whole store (`timeline_all`), per actor root (`timeline_actors`:
 * an event counts for its source's and its target's first block, once when they are the same) and
 * per dyad of roots (`timeline_dyads`). A busy dyad's ten-year monthly timeline is then ~480 rows
 * of an index instead of tens of thousands of events.
 *
 * They stay exact in the transaction that writes the events: new events join them at their
 * write's settle (deferRollups; until schema 8 an insert trigger added each one, migrations 3-4);
 * triggers on `events` do the rest, whoever writes: a mention merged into an event (its
 * `num_mentions` grows) adds the difference; an event whose day, class, roots or Goldstein value
 * change (none do today) or that is deleted moves or leaves its rows, and rows left with no event
 * are removed.
 */
import { FACET_REBUILD_SQL, FACET_SETTLE_SQL } from './timeline-facets.js';
import { monthOf, notDeferred, MERGED_STORED_EVENTS } from './rollup-sql.js';

/** A rollup table: its name and key columns (each with the SQL giving it from an event row `R`). */
interface RollupTable {
  readonly table: string;
  readonly keys: readonly string[];
}

const TABLES: readonly RollupTable[] = Object.freeze([
  { table: 'timeline_all', keys: [] },
  { table: 'timeline_actors', keys: ['actor_root'] },
  { table: 'timeline_dyads', keys: ['source_root', 'target_root'] },
]);


/** One row an event `R` (NEW or OLD) contributes to: the table, the key values, and when it applies. */
interface Contribution { readonly table: string; readonly keys: readonly string[]; readonly values: readonly string[]; readonly when: string }

function contributionsOf(r: 'NEW' | 'OLD'): Contribution[] {
  const out: Contribution[] = [];
  const dated = `${r}.day IS NOT NULL`;
  for (const [grain, period] of [["'day'", `${r}.day`], ["'month'", monthOf(`${r}.day`)]] as const) {
    const tail = [grain, period, `${r}.quad_class`];
    out.push({ table: 'timeline_all', keys: [], values: tail, when: dated });
    out.push({ table: 'timeline_actors', keys: ['actor_root'], values: [`${r}.source_root`, ...tail], when: dated });
    out.push({ table: 'timeline_actors', keys: ['actor_root'], values: [`${r}.target_root`, ...tail], when: `${dated} AND ${r}.target_root <> ${r}.source_root` });
    out.push({ table: 'timeline_dyads', keys: ['source_root', 'target_root'], values: [`${r}.source_root`, `${r}.target_root`, ...tail], when: dated });
  }
  return out;
}

const columnsOf = (c: { keys: readonly string[] }) => [...c.keys, 'grain', 'period', 'quad_class'];

/** Adds `events`, `mentions` and `goldstein` (SQL expressions) to the rows of event `r`. */
function addSql(r: 'NEW' | 'OLD', events: string, mentions: string, goldstein: string): string {
  return contributionsOf(r).map((c) => `INSERT INTO ${c.table} (${columnsOf(c).join(', ')}, events, mentions, goldstein)
      SELECT ${c.values.join(', ')}, ${events}, ${mentions}, ${goldstein} WHERE ${c.when}
      ON CONFLICT DO UPDATE SET events = events + excluded.events, mentions = mentions + excluded.mentions, goldstein = goldstein + excluded.goldstein;`).join('\n    ');
}

/** Takes event `OLD` out of its rows, and drops the rows it leaves empty. */
function removeSql(): string {
  const drops = contributionsOf('OLD').map((c) => `DELETE FROM ${c.table} WHERE ${c.when} AND events = 0 AND ${columnsOf(c).map((k, i) => `${k} = ${c.values[i]}`).join(' AND ')};`);
  return `${addSql('OLD', '-1', '-OLD.num_mentions', '-OLD.goldstein')}\n    ${drops.join('\n    ')}`;
}

const SAME_KEYS = ['day', 'quad_class', 'source_root', 'target_root', 'goldstein'].map((k) => `OLD.${k} IS NEW.${k}`).join(' AND ');

const TABLES_SQL = TABLES.map(({ table, keys }) => {
  const key = [...keys, 'grain', 'period', 'quad_class'];
  return `CREATE TABLE ${table} (
      ${keys.map((k) => `${k} TEXT NOT NULL,`).join(' ')}
      grain      TEXT NOT NULL CHECK (grain IN ('day', 'month')),
      period     INTEGER NOT NULL, -- a day number (days since 1970-01-01); for a month, its first day's
      quad_class INTEGER NOT NULL,
      events     INTEGER NOT NULL,
      mentions   INTEGER NOT NULL,
      goldstein  REAL NOT NULL,
      PRIMARY KEY (${key.join(', ')})
    ) WITHOUT ROWID;`;
}).join('\n    ');

const FILL_SQL = `
    INSERT INTO timeline_dyads SELECT source_root, target_root, 'day', day, quad_class, count(*), sum(num_mentions), sum(goldstein)
      FROM events WHERE day IS NOT NULL GROUP BY source_root, target_root, day, quad_class;
    INSERT INTO timeline_actors SELECT root, 'day', period, quad_class, sum(events), sum(mentions), sum(goldstein) FROM (
        SELECT source_root AS root, period, quad_class, events, mentions, goldstein FROM timeline_dyads WHERE grain = 'day'
        UNION ALL
        SELECT target_root, period, quad_class, events, mentions, goldstein FROM timeline_dyads WHERE grain = 'day' AND target_root <> source_root
      ) GROUP BY root, period, quad_class;
    INSERT INTO timeline_all SELECT 'day', period, quad_class, sum(events), sum(mentions), sum(goldstein) FROM timeline_dyads WHERE grain = 'day' GROUP BY period, quad_class;
    INSERT INTO timeline_dyads SELECT source_root, target_root, 'month', ${monthOf('period')} AS month, quad_class, sum(events), sum(mentions), sum(goldstein)
      FROM timeline_dyads WHERE grain = 'day' GROUP BY source_root, target_root, month, quad_class;
    INSERT INTO timeline_actors SELECT actor_root, 'month', ${monthOf('period')} AS month, quad_class, sum(events), sum(mentions), sum(goldstein)
      FROM timeline_actors WHERE grain = 'day' GROUP BY actor_root, month, quad_class;
    INSERT INTO timeline_all SELECT 'month', ${monthOf('period')} AS month, quad_class, sum(events), sum(mentions), sum(goldstein)
      FROM timeline_all WHERE grain = 'day' GROUP BY month, quad_class;`;

/**
 * The triggers, each only for events that `guard` (an SQL condition on `R`, NEW or OLD) admits.
 * Migration 3 made them unguarded; migration 4 leaves out events whose rollups are deferred.
 */
function triggersSql(guard: (r: 'NEW' | 'OLD') => string): string {
  return `
    CREATE TRIGGER events_timeline_insert AFTER INSERT ON events WHEN NEW.day IS NOT NULL${guard('NEW')} BEGIN
    ${addSql('NEW', '1', 'NEW.num_mentions', 'NEW.goldstein')}
    END;
    CREATE TRIGGER events_timeline_mentions AFTER UPDATE OF num_mentions ON events
      WHEN NEW.day IS NOT NULL AND ${SAME_KEYS} AND NEW.num_mentions <> OLD.num_mentions${guard('NEW')} BEGIN
    ${addSql('NEW', '0', 'NEW.num_mentions - OLD.num_mentions', '0')}
    END;
    CREATE TRIGGER events_timeline_move AFTER UPDATE OF day, quad_class, source_root, target_root, goldstein ON events WHEN NOT (${SAME_KEYS})${guard('NEW')} BEGIN
    ${removeSql()}
    ${addSql('NEW', '1', 'NEW.num_mentions', 'NEW.goldstein')}
    END;
    CREATE TRIGGER events_timeline_delete AFTER DELETE ON events WHEN OLD.day IS NOT NULL${guard('OLD')} BEGIN
    ${removeSql()}
    END;`;
}

const TRIGGERS_SQL = triggersSql(() => '');

/**
 * The SQL of schema migration 3: the rollup tables, filled from the stored events, and the
 * triggers that keep them exact from then on.
 *
 * @example
 * db.exec(TIMELINE_ROLLUPS_SQL)
 */
export const TIMELINE_ROLLUPS_SQL = `${TABLES_SQL}\n${FILL_SQL}\n${TRIGGERS_SQL}`;

/**
 * Empties and refills the rollups (facet rollups included) from the events table (what migrations 3 and 5 did once); for a repair
 * or a check. Call inside a transaction.
 *
 * @example
 * db.transaction(() => rebuildTimelineRollups(db))();
 */
export function rebuildTimelineRollups(db: { exec(sql: string): unknown }): void {
  db.exec(`${TABLES.map((t) => `DELETE FROM ${t.table};`).join(' ')}\n${FILL_SQL}\n${FACET_REBUILD_SQL}`);
}


/**
 * The SQL of schema migration 4: a table that marks a write as deferring its rollups, and the
 * triggers again, now leaving out the events of such a write.
 */
export const ROLLUP_DEFERRAL_SQL = `
    CREATE TABLE rollup_deferral (since INTEGER NOT NULL);
    DROP TRIGGER events_timeline_insert;
    DROP TRIGGER events_timeline_mentions;
    DROP TRIGGER events_timeline_move;
    DROP TRIGGER events_timeline_delete;
    ${triggersSql(notDeferred)}`;

/**
 * The events above `since`, per dyad of roots, day and quad class, with their months, grouped once
 * into a temporary table that the six statements then read (each grouped the batch's events again
 * when it was a CTE of its own: six sorts of the batch and six month computations per event, ~80%
 * of the timeline settle). NOT INDEXED keeps the id range: SQLite would otherwise walk the whole
 * dyad timeline index, every event of the store, to group without sorting.
 */
const BATCH_TABLE_SQL = `CREATE TEMP TABLE IF NOT EXISTS timeline_batch (
      source_root TEXT NOT NULL, target_root TEXT NOT NULL, day INTEGER NOT NULL, month INTEGER NOT NULL, quad_class INTEGER NOT NULL, n INTEGER NOT NULL, m INTEGER NOT NULL, g REAL NOT NULL)`;
const BATCH_FILL_SQL = `INSERT INTO temp.timeline_batch
      SELECT source_root, target_root, day, ${monthOf('day')}, quad_class, count(*), sum(num_mentions), sum(goldstein)
      FROM events NOT INDEXED WHERE id > ? AND day IS NOT NULL GROUP BY source_root, target_root, day, quad_class`;
const BATCH = 'temp.timeline_batch';

/** The batch's rows once per actor root: the source's, and the target's when it differs. */
const BATCH_ACTORS = `SELECT source_root AS root, day, month, quad_class, n, m, g FROM ${BATCH}
      UNION ALL SELECT target_root, day, month, quad_class, n, m, g FROM ${BATCH} WHERE target_root <> source_root`;

const ADD = ' ON CONFLICT DO UPDATE SET events = events + excluded.events, mentions = mentions + excluded.mentions, goldstein = goldstein + excluded.goldstein';

/** A statement of a batch's settle, and whether it takes the deferral's `since` (its one parameter). */
export interface SettleStatement {
  readonly sql: string;
  readonly since: boolean;
}

/** The batch table's rows added to the three tables, per grain; then the batch table emptied. */
const BATCH_TO_ROLLUPS = [
  `INSERT INTO timeline_dyads SELECT source_root, target_root, 'day', day, quad_class, n, m, g FROM ${BATCH} WHERE true${ADD}`,
  `INSERT INTO timeline_dyads SELECT source_root, target_root, 'month', month, quad_class, sum(n), sum(m), sum(g) FROM ${BATCH} GROUP BY source_root, target_root, month, quad_class${ADD}`,
  `INSERT INTO timeline_actors SELECT root, 'day', day, quad_class, sum(n), sum(m), sum(g) FROM (${BATCH_ACTORS}) GROUP BY root, day, quad_class${ADD}`,
  `INSERT INTO timeline_actors SELECT root, 'month', month, quad_class, sum(n), sum(m), sum(g) FROM (${BATCH_ACTORS}) GROUP BY root, month, quad_class${ADD}`,
  `INSERT INTO timeline_all SELECT 'day', day, quad_class, sum(n), sum(m), sum(g) FROM ${BATCH} GROUP BY day, quad_class${ADD}`,
  `INSERT INTO timeline_all SELECT 'month', month, quad_class, sum(n), sum(m), sum(g) FROM ${BATCH} GROUP BY month, quad_class${ADD}`,
  `DELETE FROM ${BATCH}`,
];

/**
 * Statements adding the events with an id above `since` to the timeline and facet rollups, one
 * per table and grain, in order (what a deferred batch runs at settle time, deferRollups).
 *
 * @example
 * for (const s of TIMELINE_SETTLE) db.prepare(s.sql).run(...(s.since ? [since] : []));
 */
export const TIMELINE_SETTLE: readonly SettleStatement[] = Object.freeze([
  { sql: BATCH_TABLE_SQL, since: false },
  { sql: BATCH_FILL_SQL, since: true },
  ...BATCH_TO_ROLLUPS.map((sql) => ({ sql, since: false })),
  ...FACET_SETTLE_SQL.map((sql) => ({ sql, since: true })),
]);

/**
 * Statements adding the mentions merged during a deferred write into events stored before it
 * (`temp.merged_counts`, see merged-counts.ts) to the timeline rollups, grouped as a batch's new
 * events are: their rows gain mentions only (an event's day, class and roots do not change).
 *
 * @example
 * for (const sql of TIMELINE_MERGED_SQL) db.prepare(sql).run();
 */
export const TIMELINE_MERGED_SQL: readonly string[] = Object.freeze([
  BATCH_TABLE_SQL,
  `INSERT INTO ${BATCH}
      SELECT e.source_root, e.target_root, e.day, ${monthOf('e.day')}, e.quad_class, 0, sum(mc.mentions), 0
      FROM ${MERGED_STORED_EVENTS} AND e.day IS NOT NULL GROUP BY e.source_root, e.target_root, e.day, e.quad_class`,
  ...BATCH_TO_ROLLUPS,
]);
