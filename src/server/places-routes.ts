import { Hono } from 'hono';
import { filterSql } from '../store/event-filter.js';
import { aggregateRollupsAnswer, placesSql } from '../store/aggregate-counts.js';
import type { Store } from '../store/open-store.js';
import { plainScanWhereBetter } from '../store/plain-scan.js';
import { EVENT_FILTER_PARAMETERS, eventFilterOf } from './event-filter-parameters.js';
import { withFtsErrors } from './fts-errors.js';
import { MAX_LIMIT, queryParameters } from './query-parameters.js';

/**
 * `GET /api/places`: where the events matching the filters happened, most events first: the place
 * name (null when only the country is known), its country, its coordinates (null when not
 * geocoded) and the events' count, mentions and mean Goldstein score. A map's layer. A filter of
 * only a date window and a quad class reads the aggregate rollups.
 *
 * @example
 * app.route('/api', placesRoutes(store)); // GET /api/places?bbox=34,29,49,38
 */
export function placesRoutes(store: Store): Hono {
  return new Hono().get('/places', (c) => {
    const q = queryParameters(c, [...EVENT_FILTER_PARAMETERS, 'limit']);
    const filter = eventFilterOf(q);
    const limit = q.integer('limit', 1, MAX_LIMIT, 100);
    if (aggregateRollupsAnswer(filter)) {
      const { sql, params } = placesSql(filter, limit);
      return c.json({ places: store.db.prepare(sql).all(...params) });
    }
    const { where, params } = filterSql(filter);
    const places = withFtsErrors('text', filter.text, () => plainScanWhereBetter(store.db, `SELECT e.place AS place, e.country AS country, round(avg(e.lat), 4) AS lat, round(avg(e.lon), 4) AS lon,
        count(*) AS events, sum(e.num_mentions) AS mentions, round(avg(e.goldstein), 2) AS mean_goldstein
      FROM events e WHERE e.country IS NOT NULL AND ${where} GROUP BY 1, 2 ORDER BY 5 DESC, 2, 1 LIMIT ?`, [...params, limit]).all(...params, limit));
    return c.json({ places });
  });
}
