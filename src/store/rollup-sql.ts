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
 * A condition on `mc` (a row of `temp.merged_counts`): a merge into an event stored before the open
 * deferral (its id at or below the deferral's `since`), told apart from merges into the
 * deferral's own new events. Read it with `mc CROSS JOIN events e`: the notes lead, and each
 * finds its event by id (SQLite would otherwise walk every stored event below `since`).
 *
 * @example
 * `FROM temp.merged_counts mc CROSS JOIN events e ON e.id = mc.event_id WHERE ${STORED_BEFORE}`
 */
export const STORED_BEFORE = 'mc.event_id <= (SELECT min(since) FROM rollup_deferral WHERE since >= 0)';
