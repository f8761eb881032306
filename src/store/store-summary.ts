import type { Store } from './open-store.js';

/** What a store holds, in numbers a person can read at a glance. */
export interface StoreSummary {
  readonly articles: number;
  readonly outlets: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly events: number;
  readonly mentions: number;
  /** Events reported by more than one article. */
  readonly merged: number;
  readonly byRoot: readonly { readonly root: string; readonly events: number }[];
  readonly byMonth: readonly { readonly month: string; readonly events: number }[];
  readonly topDyads: readonly { readonly source: string; readonly target: string; readonly events: number; readonly goldstein: number }[];
  readonly topPlaces: readonly { readonly place: string; readonly country: string; readonly events: number }[];
  /** The events most often reported, by store id. */
  readonly mostReported: readonly number[];
}

/**
 * Counts over the whole store (articles, events, merges, roots, months, dyads, places), read from
 * the rollups and indexes (a few milliseconds on a million events, not a minute of scans):
 * events and roots from the code rollups, months from the timeline rollups, dyads from the code
 * dyads, places from the place rollups, merged and most reported events from `events_reported` (events with more than one mention).
 *
 * @example
 * summariseStore(store).merged // events that several articles report
 */
export function summariseStore(store: Store, top = 8): StoreSummary {
  const db = store.db;
  const one = <T>(sql: string) => db.prepare(sql).get() as T;
  const articles = one<{ n: number; outlets: number; first: string | null; last: string | null }>(
    'SELECT count(*) AS n, (SELECT count(DISTINCT source) FROM articles) AS outlets, min(date) AS first, max(date) AS last FROM articles');
  const byRoot = db.prepare("SELECT k2 AS root, sum(events) AS events FROM aggregate_rollups WHERE aggregate = 'code' AND grain = 'all' AND period = 0 GROUP BY 1 ORDER BY 1").all() as StoreSummary['byRoot'];
  return {
    articles: articles.n,
    outlets: articles.outlets,
    firstDate: articles.first,
    lastDate: articles.last,
    events: byRoot.reduce((n, r) => n + r.events, 0),
    mentions: one<{ n: number }>('SELECT count(*) AS n FROM mentions').n,
    merged: one<{ n: number }>('SELECT count(*) AS n FROM events INDEXED BY events_reported WHERE num_mentions > 1 AND num_articles > 1').n,
    byRoot,
    byMonth: db.prepare(`SELECT strftime('%Y-%m', period * 86400, 'unixepoch') AS month, sum(events) AS events FROM timeline_all
      WHERE grain = 'month' GROUP BY period ORDER BY period`).all() as StoreSummary['byMonth'],
    topDyads: db.prepare(`SELECT source_code AS source, target_code AS target, events, round(goldstein / 1e6, 1) AS goldstein FROM dyad_codes INDEXED BY dyad_codes_top
      WHERE substr(source_code, 1, 3) <> substr(target_code, 1, 3) ORDER BY events DESC, source_code, target_code LIMIT ?`).all(top) as StoreSummary['topDyads'],
    topPlaces: db.prepare(`SELECT CASE WHEN k1 = '' THEN NULL ELSE substr(k1, 2) END AS place, k2 AS country, sum(events) AS events FROM aggregate_rollups
      WHERE aggregate = 'place' AND grain = 'all' AND period = 0 GROUP BY k1, k2 ORDER BY 3 DESC, 1, 2 LIMIT ?`).all(top) as StoreSummary['topPlaces'],
    mostReported: mostReported(db, 3),
  };
}

/**
 * The ids of the `n` events reported in the most articles, then mentions, then oldest first.
 * `events_reported` holds the events with more than one mention (schema 9); the rest have one
 * article and one mention each (an article adds at least one mention), so they come after, by id.
 */
function mostReported(db: Store['db'], n: number): number[] {
  const ids = (db.prepare('SELECT id FROM events INDEXED BY events_reported WHERE num_mentions > 1 ORDER BY num_articles DESC, num_mentions DESC, id LIMIT ?')
    .pluck().all(n) as number[]);
  if (ids.length < n) ids.push(...(db.prepare('SELECT id FROM events WHERE num_mentions <= 1 ORDER BY id LIMIT ?').pluck().all(n - ids.length) as number[]));
  return ids;
}
