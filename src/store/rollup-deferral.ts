import { AGGREGATE_SETTLE_SQL } from './aggregate-rollups.js';
import { TIMELINE_SETTLE_SQL } from './timeline-rollups.js';

/** What deferRollups needs of a database: better-sqlite3's prepare. */
interface RollupDb {
  prepare(sql: string): { run(...params: unknown[]): unknown; get(...params: unknown[]): unknown };
}

/** Every rollup family's settle statements, each taking the deferral's `since`. */
const SETTLE_SQL: readonly string[] = Object.freeze([...TIMELINE_SETTLE_SQL, ...AGGREGATE_SETTLE_SQL]);

/**
 * Defers the rollups (timeline, facet and aggregate) of the events a write is about to insert: the
 * triggers leave them out (a `rollup_deferral` row marks ids above `since`), and `settle()` adds
 * them all at once, a grouped statement per table and grain instead of dozens of upserts per event.
 * Call both inside one transaction: readers and a crash never see a deferred state, and the
 * rollups stay exact. Events stored before the deferral keep their triggers (a mention merged into
 * one still counts at once).
 *
 * @example
 * db.transaction(() => { const settle = deferRollups(db); writeBatch(); settle(); })();
 */
export function deferRollups(db: RollupDb): () => void {
  const since = (db.prepare('SELECT coalesce(max(id), 0) AS id FROM events').get() as { id: number }).id;
  db.prepare('INSERT INTO rollup_deferral (since) VALUES (?)').run(since);
  return () => {
    for (const sql of SETTLE_SQL) db.prepare(sql).run(since);
    db.prepare('DELETE FROM rollup_deferral WHERE since = ?').run(since);
  };
}
