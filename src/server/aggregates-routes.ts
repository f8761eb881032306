import { Hono } from 'hono';
import { filterSql } from '../store/event-filter.js';
import { codesSql, aggregateRollupsAnswer } from '../store/aggregate-counts.js';
import type { Store } from '../store/open-store.js';
import { plainScanWhereBetter } from '../store/plain-scan.js';
import { createTimelineReader, type Period } from '../store/timeline.js';
import { EVENT_FILTER_PARAMETERS, eventFilterOf } from './event-filter-parameters.js';
import { withFtsErrors } from './fts-errors.js';
import { queryParameters } from './query-parameters.js';
import { jsonAnswer } from './response-cache.js';
import { timelineJson } from './timeline-json.js';

const PERIODS: readonly Period[] = ['day', 'week', 'month'];

/**
 * `GET /api/timeline` (events, mentions, Goldstein sum and quad-class counts per day, week or
 * month of the events matching the filters, typically `actor` or `dyad`) and `GET /api/codes`
 * (events per CAMEO code or root; from the aggregate rollups when the filter is only a window and a quad class).
 *
 * The timeline is read from the store's rollups when the filter is only an actor or a dyad of
 * first blocks and a date window, or an actor root or nothing, a date window and one facet (root,
 * PLOVER type, role, minimum confidence in tenths), else by one grouped query over the events
 * (`createTimelineReader`).
 *
 * @example
 * app.route('/api', aggregatesRoutes(store)); // GET /api/timeline?dyad=USA,IRN&per=month
 */
export function aggregatesRoutes(store: Store): Hono {
  const timelines = createTimelineReader(store);
  return new Hono()
    .get('/timeline', (c) => {
      const q = queryParameters(c, [...EVENT_FILTER_PARAMETERS, 'per']);
      const filter = eventFilterOf(q);
      const per = q.choice('per', PERIODS, 'day');
      const points = withFtsErrors('text', filter.text, () => timelines.tuples(filter, per));
      return jsonAnswer(c, timelineJson(per, points));
    })
    .get('/codes', (c) => {
      const q = queryParameters(c, [...EVENT_FILTER_PARAMETERS, 'level']);
      const filter = eventFilterOf(q);
      const level = q.choice('level', ['code', 'root'] as const, 'code');
      if (aggregateRollupsAnswer(filter)) {
        const { sql, params } = codesSql(filter, level);
        return c.json({ level, codes: store.db.prepare(sql).all(...params) });
      }
      const { where, params } = filterSql(filter);
      const column = level === 'code' ? 'e.cameo' : 'e.cameo_root';
      const codes = withFtsErrors('text', filter.text, () => plainScanWhereBetter(store.db, `SELECT ${column} AS code, count(*) AS events, sum(e.num_mentions) AS mentions, round(avg(e.goldstein), 2) AS goldstein
        FROM events e WHERE ${where} GROUP BY 1 ORDER BY 1`, [...params]).all(...params));
      return c.json({ level, codes });
    });
}
