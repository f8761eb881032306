/**
 * Mentions that a deferred write (deferRollups) merges into stored events. Updating an event stored
 * before the write at once fired the rollups' update triggers: some 55 upserts, about half a
 * millisecond of CPU per merged event, where a new event joins the rollups at the settle for a few
 * microseconds (and an update of one of the write's own events still tested every trigger and
 * moved its index entries). So a deferred write only notes each merge (`temp.merged_counts`: per
 * event, the mentions, articles and outlets it gains and its highest new confidence), and the
 * settle adds them to the rollups in grouped statements, then updates the events with their
 * triggers held. Readers and a crash see nothing of this: the settle runs in the write's
 * transaction.
 */
import { AGGREGATE_MERGED_SQL } from './aggregate-rollups.js';
import { FACET_MERGED_SQL } from './timeline-facets.js';
import { TIMELINE_MERGED_SQL } from './timeline-rollups.js';

/** What the merged counts need of a database: better-sqlite3's prepare. */
interface MergeDb {
  prepare(sql: string): { run(...params: unknown[]): unknown; get(...params: unknown[]): unknown };
}

/**
 * The table of the merges a deferred write noted (a temporary table: per connection, rolled back
 * with the write's transaction).
 *
 * @example
 * db.prepare(MERGED_COUNTS_TABLE_SQL).run();
 */
export const MERGED_COUNTS_TABLE_SQL = `CREATE TEMP TABLE IF NOT EXISTS merged_counts (
    event_id   INTEGER PRIMARY KEY,
    mentions   INTEGER NOT NULL,
    articles   INTEGER NOT NULL,
    sources    INTEGER NOT NULL,
    confidence REAL NOT NULL)`;

/**
 * Notes that one article's mentions joined a stored event (`sources` 1 when the article's outlet is
 * new to it): the statement a deferred write runs instead of updating the event.
 *
 * @example
 * db.prepare(NOTE_MERGE_SQL).run(eventId, mentions, newOutlet ? 1 : 0, confidence);
 */
export const NOTE_MERGE_SQL = `INSERT INTO temp.merged_counts (event_id, mentions, articles, sources, confidence) VALUES (?, ?, 1, ?, ?)
    ON CONFLICT (event_id) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + 1,
      sources = sources + excluded.sources, confidence = max(confidence, excluded.confidence)`;

/** A deferral row that holds every event's update triggers (every id is above it). */
const HOLD_ALL = -1;

/**
 * Settles the noted merges, in the deferral's settle before its new events join the rollups: the
 * merges into events stored before the deferral are added to the rollups (timeline, facet,
 * aggregate) from the events' counts as stored; then every noted event's counts are updated with
 * the update triggers held (the deferral's own new events join the rollups afterwards, with their
 * final counts), and the notes are forgotten.
 *
 * @example
 * settleMergedCounts(db);
 */
export function settleMergedCounts(db: MergeDb): void {
  const any = db.prepare('SELECT 1 AS x FROM temp.merged_counts LIMIT 1').get();
  if (any === undefined) return;
  for (const sql of [...TIMELINE_MERGED_SQL, ...FACET_MERGED_SQL, ...AGGREGATE_MERGED_SQL]) db.prepare(sql).run();
  db.prepare('INSERT INTO rollup_deferral (since) VALUES (?)').run(HOLD_ALL);
  db.prepare(`UPDATE events SET num_mentions = num_mentions + mc.mentions, num_articles = num_articles + mc.articles,
      num_sources = num_sources + mc.sources, confidence = max(events.confidence, mc.confidence)
    FROM temp.merged_counts mc WHERE events.id = mc.event_id`).run();
  db.prepare('DELETE FROM rollup_deferral WHERE since = ?').run(HOLD_ALL);
  db.prepare('DELETE FROM temp.merged_counts').run();
}
