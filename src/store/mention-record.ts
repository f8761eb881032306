/**
 * A mention's record JSON. The record of an event's first mention is the event's record
 * (`event_records`); since schema 7 it is stored there only, and the mention keeps '' in its
 * `record` column (stores written before keep a copy in both: either reads the same).
 */

/**
 * The SQL of the record JSON of mention `m` (an alias of `mentions`).
 *
 * @example
 * db.prepare(`SELECT ${mentionRecordSql('m')} AS record FROM mentions m WHERE m.article_id = ?`)
 */
export const mentionRecordSql = (m: string): string =>
  `CASE ${m}.record WHEN '' THEN (SELECT r.record FROM event_records r WHERE r.event_id = ${m}.event_id) ELSE ${m}.record END`;

/** What a new event's first mention stores in `mentions.record`: its record is the event's. */
export const FIRST_MENTION_RECORD = '';
