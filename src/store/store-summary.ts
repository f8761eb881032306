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
 * Counts over the whole store (articles, events, merges, roots, months, dyads, places).
 *
 * @example
 * summariseStore(store).merged // events that several articles report
 */
export function summariseStore(store: Store, top = 8): StoreSummary {
  const db = store.db;
  const one = <T>(sql: string) => db.prepare(sql).get() as T;
  const articles = one<{ n: number; outlets: number; first: string | null; last: string | null }>(
    'SELECT count(*) AS n, count(DISTINCT source) AS outlets, min(date) AS first, max(date) AS last FROM articles');
  const events = one<{ n: number; merged: number }>('SELECT count(*) AS n, coalesce(sum(num_articles > 1), 0) AS merged FROM events');
  return {
    articles: articles.n,
    outlets: articles.outlets,
    firstDate: articles.first,
    lastDate: articles.last,
    events: events.n,
    mentions: one<{ n: number }>('SELECT count(*) AS n FROM mentions').n,
    merged: events.merged,
    byRoot: db.prepare('SELECT cameo_root AS root, count(*) AS events FROM events GROUP BY 1 ORDER BY 1').all() as StoreSummary['byRoot'],
    byMonth: db.prepare("SELECT strftime('%Y-%m', day * 86400, 'unixepoch') AS month, count(*) AS events FROM events WHERE day IS NOT NULL GROUP BY 1 ORDER BY 1").all() as StoreSummary['byMonth'],
    topDyads: db.prepare(`SELECT source_code AS source, target_code AS target, count(*) AS events, round(sum(goldstein), 1) AS goldstein FROM events
      WHERE source_code <> '' AND target_code <> '' AND substr(source_code, 1, 3) <> substr(target_code, 1, 3) GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?`).all(top) as StoreSummary['topDyads'],
    topPlaces: db.prepare(`SELECT place, country, count(*) AS events FROM events
      WHERE country IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT ?`).all(top) as StoreSummary['topPlaces'],
    mostReported: (db.prepare('SELECT id FROM events ORDER BY num_articles DESC, num_mentions DESC, id LIMIT 3').all() as { id: number }[]).map((r) => r.id),
  };
}
