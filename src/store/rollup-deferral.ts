import { AGGREGATE_SETTLE_SQL } from './aggregate-rollups.js';
import { MERGED_COUNTS_TABLE_SQL, settleMergedCounts } from './merged-counts.js';
import { TIMELINE_SETTLE, type SettleStatement } from './timeline-rollups.js';

/** What deferRollups needs of a database: better-sqlite3's prepare. */
interface RollupDb {
  prepare(sql: string): { run(...params: unknown[]): unknown; get(...params: unknown[]): unknown };
}

/** Every rollup family's settle statements, in order, each with whether it takes the deferral's `since`. */
const SETTLE: readonly SettleStatement[] = Object.freeze([...TIMELINE_SETTLE, ...AGGREGATE_SETTLE_SQL.map((sql) => ({ sql, since: true }))]);

/**
 * Defers the rollups (timeline, facet and aggregate) of the events a write is about to insert, and
 * `settle()` adds them all at once, a statement per table instead of dozens of upserts per event.
 * Since schema 8 this is the only way new events join the rollups: every write that inserts events
 * (the article writer's callers, the server's POST, the generator) goes through it. While a
 * deferral is open, the update and delete triggers leave its events out (a `rollup_deferral` row
 * marks ids above `since`), so a mention merged into an event of the same write is counted once, at
 * settle. A writer that merges mentions into stored events notes them (merged-counts.ts) and they
 * join the rollups and the events at the settle too; a write that updates an event stored before
 * the deferral directly still has its triggers. Call both inside one transaction: readers and a crash
 * never see a deferred state, and the rollups stay exact.
 *
 * @example
 * db.transaction(() => { const settle = deferRollups(db); writeBatch(); settle(); })();
 */
export function deferRollups(db: RollupDb): () => void {
  const since = (db.prepare('SELECT coalesce(max(id), 0) AS id FROM events').get() as { id: number }).id;
  db.prepare('INSERT INTO rollup_deferral (since) VALUES (?)').run(since);
  db.prepare(MERGED_COUNTS_TABLE_SQL).run();
  return () => {
    settleMergedCounts(db);
    for (const { sql, since: takesSince } of SETTLE) {
      if (takesSince) db.prepare(sql).run(since);
      else db.prepare(sql).run();
    }
    db.prepare('DELETE FROM rollup_deferral WHERE since = ?').run(since);
  };
}

/**
 * The SQL of schema migration 8: the insert triggers of the timeline, facet and aggregate rollups
 * go. Every insert paid for entering them (a trigger program's frame is set up before its WHEN is
 * tested), though a deferred write's WHEN was always false: ~45 us of CPU per event, a third of
 * the event's insert. New events join the rollups at their write's settle (deferRollups).
 */
export const INSERT_TRIGGERS_DROP_SQL = `
    DROP TRIGGER IF EXISTS events_timeline_insert;
    DROP TRIGGER IF EXISTS events_facets_insert;
    DROP TRIGGER IF EXISTS events_aggregates_insert;`;
