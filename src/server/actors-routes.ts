import { Hono } from 'hono';
import { filterSql } from '../store/event-filter.js';
import { actorsSql, aggregateRollupsAnswer } from '../store/aggregate-counts.js';
import type { Store } from '../store/open-store.js';
import { plainScanWhereBetter } from '../store/plain-scan.js';
import { EVENT_FILTER_PARAMETERS, eventFilterOf } from './event-filter-parameters.js';
import { withFtsErrors } from './fts-errors.js';
import { MAX_LIMIT, queryParameters } from './query-parameters.js';

/**
 * `GET /api/actors`: the actor codes of the events matching the filters, most active first, with
 * how many of those events each is the source and the target of. A filter of only a date window
 * and a quad class reads the aggregate rollups (src/store/aggregate-rollups.ts).
 *
 * @example
 * app.route('/api', actorsRoutes(store)); // GET /api/actors?country=IRQ&limit=20
 */
export function actorsRoutes(store: Store): Hono {
  return new Hono().get('/actors', (c) => {
    const q = queryParameters(c, [...EVENT_FILTER_PARAMETERS, 'limit']);
    const filter = eventFilterOf(q);
    const limit = q.integer('limit', 1, MAX_LIMIT, 100);
    if (aggregateRollupsAnswer(filter)) {
      const { sql, params } = actorsSql(filter, limit);
      return c.json({ actors: store.db.prepare(sql).all(...params) });
    }
    const { where, params } = filterSql(filter);
    const actors = withFtsErrors('text', filter.text, () => plainScanWhereBetter(store.db, `SELECT code, sum(events) AS events, sum(as_source) AS as_source, sum(as_target) AS as_target FROM (
        SELECT e.source_code AS code, count(*) AS events, count(*) AS as_source, 0 AS as_target FROM events e WHERE e.source_code <> '' AND ${where} GROUP BY 1
        UNION ALL
        SELECT e.target_code AS code, count(*) AS events, 0 AS as_source, count(*) AS as_target FROM events e WHERE e.target_code <> '' AND ${where} GROUP BY 1
      ) GROUP BY code ORDER BY events DESC, code LIMIT ?`, [...params, ...params, limit]).all(...params, ...params, limit));
    return c.json({ actors });
  });
}
