import { Hono } from 'hono';
import { filterSql } from '../store/event-filter.js';
import { dyadCodesSql, dyadRootsSql, aggregateRollupsAnswer } from '../store/aggregate-counts.js';
import type { Store } from '../store/open-store.js';
import { plainScanWhereBetter } from '../store/plain-scan.js';
import { EVENT_FILTER_PARAMETERS, eventFilterOf } from './event-filter-parameters.js';
import { withFtsErrors } from './fts-errors.js';
import { MAX_LIMIT, queryParameters } from './query-parameters.js';

/**
 * `GET /api/dyads`: the source-target pairs of the events matching the filters, most events first,
 * with their mentions and mean Goldstein score; `level=country` pairs the first blocks of the codes
 * (USA, IRN, IGO) instead of whole codes. Events with one side unknown are left out. Pairs of
 * roots under a filter of only a date window and a quad class, and pairs of codes under no filter,
 * are read from the aggregate rollups.
 *
 * @example
 * app.route('/api', dyadsRoutes(store)); // GET /api/dyads?level=country&root=19
 */
export function dyadsRoutes(store: Store): Hono {
  return new Hono().get('/dyads', (c) => {
    const q = queryParameters(c, [...EVENT_FILTER_PARAMETERS, 'level', 'limit']);
    const filter = eventFilterOf(q);
    const level = q.choice('level', ['code', 'country'] as const, 'code');
    const limit = q.integer('limit', 1, MAX_LIMIT, 100);
    if (aggregateRollupsAnswer(filter) && (level === 'country' || Object.values(filter).every((v) => v === undefined))) {
      const { sql, params } = level === 'country' ? dyadRootsSql(filter, limit) : dyadCodesSql(limit);
      return c.json({ level, dyads: store.db.prepare(sql).all(...params) });
    }
    const { where, params } = filterSql(filter);
    const [source, target] = level === 'code' ? ['e.source_code', 'e.target_code'] : ['e.source_root', 'e.target_root'];
    const dyads = withFtsErrors('text', filter.text, () => plainScanWhereBetter(store.db, `SELECT ${source} AS source, ${target} AS target, count(*) AS events, sum(e.num_mentions) AS mentions,
        round(avg(e.goldstein), 2) AS mean_goldstein
      FROM events e WHERE e.source_code <> '' AND e.target_code <> '' AND ${where} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?`, [...params, limit]).all(...params, limit));
    return c.json({ level, dyads });
  });
}
