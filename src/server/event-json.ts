import type { StoredEventRow } from '../store/query-events.js';
import { storedEvent } from '../store/query-events.js';

const CONFIDENCE = ',"confidence":';

/**
 * The API's JSON text of a stored event (`{...record, confidence, mentions, articles, sources,
 * article_id}`, as `JSON.stringify` prints it), spliced from the stored record's text instead of
 * parsing and printing it again: the record was written by `JSON.stringify` with `confidence` as
 * its one top-level key of that name (a string value cannot hold an unescaped quote), so only the
 * event's confidence replaces the first mention's and the counts are appended. A record that does
 * not look so is parsed and printed.
 *
 * @example
 * `[${rows.map(eventJson).join(',')}]`
 */
export function eventJson(row: StoredEventRow): string {
  const record = row.record;
  const at = record.indexOf(CONFIDENCE);
  const end = at < 0 ? -1 : record.indexOf(',', at + CONFIDENCE.length);
  if (end < 0 || record.charCodeAt(record.length - 1) !== 0x7d || record.indexOf(CONFIDENCE, end) >= 0) {
    return JSON.stringify({ ...storedEvent(row), article_id: row.first_article });
  }
  return `${record.slice(0, at + CONFIDENCE.length)}${JSON.stringify(row.confidence)}${record.slice(end, -1)}`
    + `,"mentions":${row.num_mentions},"articles":${row.num_articles},"sources":${row.num_sources},"article_id":${JSON.stringify(row.first_article)}}`;
}
