import type { EventFilter } from './event-filter.js';
import { monthWindow } from './month-window.js';
import { countsSql, aggregateNamed, type AggregateName } from './aggregate-rollups.js';

/**
 * Whether the aggregate rollups answer `filter`: nothing but a date window and a quad class.
 *
 * @example
 * aggregateRollupsAnswer({ from: '2015-01-17', quadClass: 4 }) // true
 */
export function aggregateRollupsAnswer(filter: EventFilter): boolean {
  for (const key of Object.keys(filter) as (keyof EventFilter)[]) {
    if (filter[key] !== undefined && key !== 'from' && key !== 'to' && key !== 'quadClass') return false;
  }
  return true;
}

/** An SQL query and its parameters. */
export interface AggregateSql {
  readonly sql: string;
  readonly params: readonly (string | number)[];
}


/**
 * The rows (k1, k2, events, mentions, goldstein, lat_n, lat, lon_n, lon) of aggregate `name` over the
 * events that `filter` (a window and a quad class: aggregateRollupsAnswer) admits, possibly several
 * per key, to be summed by the caller: with no window the grain 'all' rows; else the month rows of
 * the window's whole months and, for the partial months at its edges, the events of those days
 * (read through the day index).
 *
 * @example
 * const { sql, params } = aggregateRowsSql('dyad', { from: '2015-01-17' });
 * db.prepare(`SELECT k1, k2, sum(events) FROM (${sql}) GROUP BY 1, 2`).all(...params)
 */
export function aggregateRowsSql(name: AggregateName, filter: EventFilter): AggregateSql {
  const aggregate = aggregateNamed(name);
  const quad = filter.quadClass;
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const rollup = (grain: 'all' | 'month', lo: number, hi: number) => {
    parts.push(`SELECT k1, k2, events, mentions, goldstein, lat_n, lat, lon_n, lon FROM aggregate_rollups
      WHERE aggregate = ? AND grain = ? AND period BETWEEN ? AND ?${quad === undefined ? '' : ' AND quad_class = ?'}`);
    params.push(name, grain, lo, hi);
    if (quad !== undefined) params.push(quad);
  };
  const days = (lo: number, hi: number) => {
    if (lo > hi) return;
    parts.push(`SELECT ${aggregate.k1('e')} AS k1, ${aggregate.k2('e')} AS k2, ${countsSql('e', aggregate.located)} FROM events e INDEXED BY events_day
      WHERE e.day BETWEEN ? AND ? AND ${aggregate.when('e')}${quad === undefined ? '' : ' AND e.quad_class = ?'} GROUP BY 1, 2`);
    params.push(lo, hi);
    if (quad !== undefined) params.push(quad);
  };
  if (filter.from === undefined && filter.to === undefined) {
    rollup('all', 0, 0);
  } else {
    const { lo, hi, months } = monthWindow(filter);
    if (months === null) {
      days(lo, hi);
    } else {
      const [firstWhole, afterWhole] = months;
      days(lo, firstWhole - 1);
      rollup('month', firstWhole, afterWhole - 1);
      days(afterWhole, hi);
    }
  }
  if (parts.length === 0) {
    // An empty window (from after to): a query with no rows, of the same shape.
    parts.push('SELECT NULL AS k1, NULL AS k2, 0 AS events, 0 AS mentions, 0 AS goldstein, 0 AS lat_n, 0 AS lat, 0 AS lon_n, 0 AS lon WHERE 0');
  }
  return { sql: parts.join('\n      UNION ALL\n      '), params };
}


/**
 * `/api/actors` from the rollups: actor codes, most events first, with their events as source and
 * as target (the events scan's columns and order).
 *
 * @example
 * const { sql, params } = actorsSql({}, 300); db.prepare(sql).all(...params)
 */
export function actorsSql(filter: EventFilter, limit: number): AggregateSql {
  const source = aggregateRowsSql('source', filter);
  const target = aggregateRowsSql('target', filter);
  return {
    sql: `SELECT code, sum(events) AS events, sum(as_source) AS as_source, sum(as_target) AS as_target FROM (
        SELECT k1 AS code, events, events AS as_source, 0 AS as_target FROM (${source.sql})
        UNION ALL
        SELECT k1 AS code, events, 0 AS as_source, events AS as_target FROM (${target.sql})
      ) GROUP BY code ORDER BY events DESC, code LIMIT ?`,
    params: [...source.params, ...target.params, limit],
  };
}

/**
 * `/api/dyads?level=country` from the rollups: pairs of roots, most events first, with mentions
 * and mean Goldstein score.
 *
 * @example
 * dyadRootsSql({ quadClass: 4 }, 40)
 */
export function dyadRootsSql(filter: EventFilter, limit: number): AggregateSql {
  const rows = aggregateRowsSql('dyad', filter);
  return {
    sql: `SELECT k1 AS source, k2 AS target, sum(events) AS events, sum(mentions) AS mentions, round(sum(goldstein) / 1e6 / sum(events), 2) AS mean_goldstein
      FROM (${rows.sql}) GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?`,
    params: [...rows.params, limit],
  };
}

/**
 * `/api/dyads` (pairs of whole codes) over the whole store, from `dyad_codes`: only for no filter at all.
 *
 * @example
 * dyadCodesSql(100)
 */
export function dyadCodesSql(limit: number): AggregateSql {
  return {
    sql: `SELECT source_code AS source, target_code AS target, events, mentions, round(goldstein / 1e6 / events, 2) AS mean_goldstein
      FROM dyad_codes INDEXED BY dyad_codes_top ORDER BY events DESC, source_code, target_code LIMIT ?`,
    params: [limit],
  };
}

/**
 * `/api/places` from the rollups: place (null for a country only), country, mean coordinates
 * (null when none is geocoded), events, mentions and mean Goldstein score, most events first.
 *
 * @example
 * placesSql({ quadClass: 1 }, 1000)
 */
export function placesSql(filter: EventFilter, limit: number): AggregateSql {
  const rows = aggregateRowsSql('place', filter);
  // Coordinates: the integer sum divided by the count first, so that one place's identical
  // coordinates give back exactly that coordinate, as avg() does (and round it the same way).
  return {
    sql: `SELECT CASE WHEN k1 = '' THEN NULL ELSE substr(k1, 2) END AS place, k2 AS country, round(sum(lat) * 1.0 / sum(lat_n) / 1e9, 4) AS lat, round(sum(lon) * 1.0 / sum(lon_n) / 1e9, 4) AS lon,
        sum(events) AS events, sum(mentions) AS mentions, round(sum(goldstein) / 1e6 / sum(events), 2) AS mean_goldstein
      FROM (${rows.sql}) GROUP BY k1, k2 ORDER BY 5 DESC, 2, 1 LIMIT ?`,
    params: [...rows.params, limit],
  };
}

/**
 * `/api/codes` from the rollups: events, mentions and mean Goldstein score per CAMEO code or root.
 *
 * @example
 * codesSql({}, 'root')
 */
export function codesSql(filter: EventFilter, level: 'code' | 'root'): AggregateSql {
  const rows = aggregateRowsSql('code', filter);
  return {
    sql: `SELECT ${level === 'code' ? 'k1' : 'k2'} AS code, sum(events) AS events, sum(mentions) AS mentions, round(sum(goldstein) / 1e6 / sum(events), 2) AS goldstein
      FROM (${rows.sql}) GROUP BY 1 ORDER BY 1`,
    params: rows.params,
  };
}
