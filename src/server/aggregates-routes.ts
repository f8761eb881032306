import { Hono } from 'hono';
import { filterSql } from '../store/event-filter.js';
import type { Store } from '../store/open-store.js';
import type { Period } from '../store/timeline.js';
import { EVENT_FILTER_PARAMETERS, eventFilterOf } from './event-filter-parameters.js';
import { withFtsErrors } from './fts-errors.js';
import { queryParameters } from './query-parameters.js';

/** One period of a timeline: events, mentions and the Goldstein sum, and events per quad class. */
export interface TimelinePoint {
  /** "2015-01-05" (day, and week: its Monday) or "2015-01" (month). */
  readonly period: string;
  readonly events: number;
  readonly mentions: number;
  readonly goldstein: number;
  /** Events of quad class 1 (verbal cooperation) to 4 (material conflict). */
  readonly quad: { readonly 1: number; readonly 2: number; readonly 3: number; readonly 4: number };
}

const PERIODS: readonly Period[] = ['day', 'week', 'month'];
const DAY_MS = 86_400_000;

/**
 * `GET /api/timeline` (events, mentions, Goldstein sum and quad-class counts per day, week or
 * month of the events matching the filters, typically `actor` or `dyad`) and `GET /api/codes`
 * (events per CAMEO code or root).
 *
 * The timeline is one grouped query per request over the store's indexes (the dyad and actor
 * filters are index ranges); days are folded into weeks and months here, so that the quad counts
 * cost no second pass.
 *
 * @example
 * app.route('/api', aggregatesRoutes(store)); // GET /api/timeline?dyad=USA,IRN&per=month
 */
export function aggregatesRoutes(store: Store): Hono {
  return new Hono()
    .get('/timeline', (c) => {
      const q = queryParameters(c, [...EVENT_FILTER_PARAMETERS, 'per']);
      const filter = eventFilterOf(q);
      const per = q.choice('per', PERIODS, 'day');
      const { where, params } = filterSql(filter);
      const rows = withFtsErrors('text', filter.text, () => store.db.prepare(`SELECT e.day AS day, e.quad_class AS quad, count(*) AS events, sum(e.num_mentions) AS mentions, sum(e.goldstein) AS goldstein
        FROM events e WHERE e.day IS NOT NULL AND ${where} GROUP BY 1, 2 ORDER BY 1`).all(...params)) as DayRow[];
      return c.json({ per, timeline: foldDays(rows, per) });
    })
    .get('/codes', (c) => {
      const q = queryParameters(c, [...EVENT_FILTER_PARAMETERS, 'level']);
      const filter = eventFilterOf(q);
      const level = q.choice('level', ['code', 'root'] as const, 'code');
      const { where, params } = filterSql(filter);
      const column = level === 'code' ? 'e.cameo' : 'e.cameo_root';
      const codes = withFtsErrors('text', filter.text, () => store.db.prepare(`SELECT ${column} AS code, count(*) AS events, sum(e.num_mentions) AS mentions, round(avg(e.goldstein), 2) AS goldstein
        FROM events e WHERE ${where} GROUP BY 1 ORDER BY 1`).all(...params));
      return c.json({ level, codes });
    });
}

interface DayRow { day: number; quad: 1 | 2 | 3 | 4; events: number; mentions: number; goldstein: number }

/** Sums day rows (sorted by day) into periods, in order. */
export function foldDays(rows: readonly DayRow[], per: Period): TimelinePoint[] {
  const points: { period: string; events: number; mentions: number; goldstein: number; quad: { 1: number; 2: number; 3: number; 4: number } }[] = [];
  for (const r of rows) {
    const period = periodOf(r.day, per);
    let last = points[points.length - 1];
    if (!last || last.period !== period) {
      last = { period, events: 0, mentions: 0, goldstein: 0, quad: { 1: 0, 2: 0, 3: 0, 4: 0 } };
      points.push(last);
    }
    last.events += r.events;
    last.mentions += r.mentions;
    last.goldstein += r.goldstein;
    last.quad[r.quad] += r.events;
  }
  for (const p of points) p.goldstein = Math.round(p.goldstein * 10) / 10;
  return points;
}

/** The period a day number (days since 1970-01-01) falls in; a week is named by its Monday. */
function periodOf(day: number, per: Period): string {
  // 1970-01-01 was a Thursday: three days after a Monday.
  const start = per === 'week' ? day - (((day + 3) % 7) + 7) % 7 : day;
  const iso = new Date(start * DAY_MS).toISOString();
  return per === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}
