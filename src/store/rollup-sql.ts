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
