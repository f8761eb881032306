import type { EventRecord } from '../core/event-record.js';
import { actorSql, cameoIndexSql, filterSql, type EventFilter } from './event-filter.js';
import type { Store } from './open-store.js';
import { planPage, type PagePlan } from './page-plan.js';
import { createRollupCounts } from './rollup-counts.js';
import { createStatementCache } from './statement-cache.js';

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
  readonly next: string | null;
}

/** A stored event as its row: the stored record (JSON text) and the event's own columns. */
export interface StoredEventRow {
  readonly id: number;
  readonly first_article: number;
  readonly record: string;
  readonly confidence: number;
  readonly num_mentions: number;
  readonly num_articles: number;
  readonly num_sources: number;
}

/** Pages of stored event rows; statements are prepared once per pager (one per combination of filters). */
export interface EventPager {
  page(filter: EventFilter, page?: { limit?: number; cursor?: string | null }): { rows: StoredEventRow[]; next: string | null };
}

/**
 * The pager behind `queryEvents` and `GET /api/events`: the page's ids are chosen over the narrow
 * events table (an actor, source or target, as the union of two id-ordered lookups, so that each
 * side stops after a page), and only the page's rows fetch their records. With a date window, the
 * rollups' counts choose between walking ids and reading the window by day, and the choice is
 * pinned (`planPage`).
 *
 * @example
 * createEventPager(store).page({ dyad: ['USA', 'IRN'] }, { limit: 100 }).rows
 */
export function createEventPager(store: Store): EventPager {
  const statements = createStatementCache(store.db);
  const counts = createRollupCounts(store);
  return {
    page(filter, page = {}) {
      const limit = Math.max(1, Math.min(page.limit ?? 100, 10_000));
      const after = page.cursor ? Number(page.cursor) : 0;
      const { sql, params } = pageSql(filter, after, limit + 1, planPage(counts, filter, limit + 1));
      const rows = statements.get(sql).all(...params) as StoredEventRow[];
      const more = rows.length > limit;
      const shown = more ? rows.slice(0, limit) : rows;
      return { rows: shown, next: more ? String(rows[limit - 1].id) : null };
    },
  };
}

/**
 * The SQL of one page: ids first (over the events table and its indexes, each side pinned to the
 * plan's access), then the page's records.
 *
 * @example
 * pageSql({ dyad: ['USA', 'IRN'] }, 0, 101, { source: 'INDEXED BY events_dyad_pages' }).sql
 */
export function pageSql(filter: EventFilter, after: number, take: number, plan: PagePlan | null): { sql: string; params: (string | number)[] } {
  const select = (where: string, access = '') => `SELECT e.id FROM events e ${access} WHERE e.id > ? AND ${where} ORDER BY e.id LIMIT ?`;
  let ids: string;
  const params: (string | number)[] = [];
  const cameo = plan?.source === 'INDEXED BY events_cameo' ? cameoIndexSql(filter) : null;
  if (plan?.source === 'INDEXED BY events_cameo' && cameo === null) plan = null;
  if (cameo !== null) {
    // An actor or a dyad with a CAMEO root, read from the code index alone, both sides at once.
    ids = select(cameo.where, plan?.source);
    params.push(after, ...cameo.params, take);
  } else if (filter.actor) {
    // "source or target" as one OR makes SQLite scan in id order or sort every match; as a union,
    // each side walks its own index in id order and stops after a page.
    const rest = filterSql({ ...filter, actor: undefined });
    const sides = (['source', 'target'] as const).map((side) => actorSql(side, filter.actor as string));
    ids = `SELECT id FROM (${select(`${sides[0].where} AND ${rest.where}`, plan?.source)}) UNION SELECT id FROM (${select(`${sides[1].where} AND ${rest.where}`, plan?.target)}) ORDER BY id LIMIT ?`;
    params.push(after, ...sides[0].params, ...rest.params, take, after, ...sides[1].params, ...rest.params, take, take);
  } else {
    const { where, params: p } = filterSql(filter);
    ids = select(where, plan?.source);
    params.push(after, ...p, take);
  }
  return {
    sql: `SELECT e.id, e.first_article, r.record, e.confidence, e.num_mentions, e.num_articles, e.num_sources
      FROM (${ids}) p JOIN events e ON e.id = p.id JOIN event_records r ON r.event_id = p.id ORDER BY p.id`,
    params,
  };
}

/**
 * A page of stored events matching `filter`, in the order they were stored; pass `next` back as
 * `cursor` for the following page.
 *
 * @example
 * queryEvents(store, { dyad: ['USA', 'IRN'] }, { limit: 100 }).events
 */
export function queryEvents(store: Store, filter: EventFilter, page: { limit?: number; cursor?: string | null } = {}): EventPage {
  const { rows, next } = createEventPager(store).page(filter, page);
  return { events: rows.map(storedEvent), next };
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
  for (const row of stmt.iterate(...params) as IterableIterator<StoredEventRow>) {
    yield { event: storedEvent(row), storeId: row.id, firstArticle: row.first_article };
  }
}

/**
 * The stored event of a row: its record with the event's confidence and counts.
 *
 * @example
 * storedEvent(createEventPager(store).page({}).rows[0]).mentions
 */
export function storedEvent(row: Omit<StoredEventRow, 'id' | 'first_article'>): StoredEvent {
  const record = JSON.parse(row.record) as EventRecord;
  return { ...record, confidence: row.confidence, mentions: row.num_mentions, articles: row.num_articles, sources: row.num_sources };
}
