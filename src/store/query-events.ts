import type { EventRecord } from '../core/event-record.js';
import { filterSql, type EventFilter } from './event-filter.js';
import type { Store } from './open-store.js';

/** A stored event: the record of its first mention, the highest confidence of its mentions, and how often it was reported. */
export interface StoredEvent extends EventRecord {
  /** How many article sentences report it. */
  readonly mentions: number;
  /** How many articles, and how many distinct outlets. */
  readonly articles: number;
  readonly sources: number;
}

/** One page of events and the cursor of the next one (null at the end). */
export interface EventPage {
  readonly events: readonly StoredEvent[];
  /** Aligned with `events`: the store id of the article that first reported each. */
  readonly firstArticles: readonly number[];
  readonly next: string | null;
}

/**
 * A page of stored events matching `filter`, in the order they were stored; pass `next` back as
 * `cursor` for the following page.
 *
 * @example
 * queryEvents(store, { dyad: ['USA', 'IRN'] }, { limit: 100 }).events
 */
export function queryEvents(store: Store, filter: EventFilter, page: { limit?: number; cursor?: string | null } = {}): EventPage {
  const limit = Math.max(1, Math.min(page.limit ?? 100, 10_000));
  const after = page.cursor ? Number(page.cursor) : 0;
  const { where, params } = filterSql(filter);
  // The page is chosen over the narrow events table first; only its rows fetch their records.
  const rows = store.db.prepare(`SELECT p.*, r.record FROM (
      SELECT e.id, e.first_article, e.confidence, e.num_mentions, e.num_articles, e.num_sources FROM events e WHERE e.id > ? AND ${where} ORDER BY e.id LIMIT ?
    ) p JOIN event_records r ON r.event_id = p.id ORDER BY p.id`).all(after, ...params, limit + 1) as (StoredRow & { first_article: number })[];
  const more = rows.length > limit;
  const shown = rows.slice(0, limit);
  return { events: shown.map(storedEvent), firstArticles: shown.map((r) => r.first_article), next: more ? String(rows[limit - 1].id) : null };
}

/**
 * Every stored event matching `filter`, streamed in storage order (for export).
 *
 * @example
 * for (const { event } of eachEvent(store, {})) out.write(JSON.stringify(event) + '\n');
 */
export function* eachEvent(store: Store, filter: EventFilter): Generator<{ readonly event: StoredEvent; readonly storeId: number; readonly firstArticle: number }> {
  const { where, params } = filterSql(filter);
  const stmt = store.db.prepare(`SELECT e.id, e.first_article, r.record, e.confidence, e.num_mentions, e.num_articles, e.num_sources FROM events e
    JOIN event_records r ON r.event_id = e.id WHERE ${where} ORDER BY e.id`);
  for (const row of stmt.iterate(...params) as IterableIterator<StoredRow & { first_article: number }>) {
    yield { event: storedEvent(row), storeId: row.id, firstArticle: row.first_article };
  }
}

interface StoredRow { id: number; record: string; confidence: number; num_mentions: number; num_articles: number; num_sources: number }

function storedEvent(row: StoredRow): StoredEvent {
  const record = JSON.parse(row.record) as EventRecord;
  return { ...record, confidence: row.confidence, mentions: row.num_mentions, articles: row.num_articles, sources: row.num_sources };
}
