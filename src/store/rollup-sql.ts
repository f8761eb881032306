/**
 * SQL pieces shared by the timeline rollups (`timeline-rollups.ts`), the facet rollups
 * (`timeline-facets.ts`) and the aggregate rollups (`aggregate-rollups.ts`).
 */

/**
 * The day number of the first day of the month of day number `day` (an SQL expression).
 *
 * @example
 * monthOf('NEW.day') // (NEW.day - CAST(strftime('%d', NEW.day * 86400, 'unixepoch') AS INTEGER) + 1)
 */
export const monthOf = (day: string): string => `(${day} - CAST(strftime('%d', ${day} * 86400, 'unixepoch') AS INTEGER) + 1)`;

/**
 * A trigger condition leaving out events whose rollups a write deferred (ids above a
 * `rollup_deferral` row's `since`, see deferRollups); starts with " AND".
 *
 * @example
 * `WHEN NEW.day IS NOT NULL${notDeferred('NEW')}`
 */
export const notDeferred = (r: 'NEW' | 'OLD'): string => ` AND NOT EXISTS (SELECT 1 FROM rollup_deferral WHERE ${r}.id > since)`;

/**
 * The events mentions were merged into during the open deferral and stored before it (SQL, after
 * FROM, ending in a WHERE to extend with AND): each note of `temp.merged_counts` (`mc`) with its
 * event (`e`), leaving out the deferral's own new events (ids above its `since`). The notes lead and
 * each finds its event by id (SQLite would otherwise walk every stored event below `since`).
 *
 * @example
 * `SELECT sum(mc.mentions) FROM ${MERGED_STORED_EVENTS} AND e.day IS NOT NULL`
 */
export const MERGED_STORED_EVENTS = 'temp.merged_counts mc CROSS JOIN events e ON e.id = mc.event_id WHERE mc.event_id <= (SELECT min(since) FROM rollup_deferral WHERE since >= 0)';
