import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ParleyError } from '../core/errors.js';
import type { EventRecord } from '../core/event-record.js';
import { CSV_COLUMNS, csvLine } from '../store/export/csv-rows.js';
import { loadFipsCodes } from '../store/export/fips-codes.js';
import { gdeltEventRow, gdeltMentionRow, gdeltTimestamp } from '../store/export/gdelt-row.js';
import { ploverRecord } from '../store/export/plover-record.js';
import { openStore } from '../store/open-store.js';
import { mentionRecordSql } from '../store/mention-record.js';
import { eachEvent } from '../store/query-events.js';
import { FILTER_OPTIONS, FILTER_USAGE, filterFromOptions } from './filter-options.js';
import type { CommandIo } from './io.js';
import { openSink } from './output-sink.js';

export const EXPORT_USAGE = `usage: parley export [--db FILE] --format gdelt|plover|csv|jsonl [--out FILE] [--mentions FILE] [filters]
Writes stored events: GDELT 2.0 event rows (61 tab-separated columns; --mentions FILE also writes
GDELT's mentions table), PLOVER JSONL, CSV with a header, or Parley's JSONL.
${FILTER_USAGE}`;

const FORMATS = ['gdelt', 'plover', 'csv', 'jsonl'];

interface ArticleRow { url: string | null; doc_id: string; source: string | null; title: string | null; date: string | null; ingested_at: string }

/** `parley export`: every stored event that matches the filters, in one of four formats. */
export async function exportCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { ...FILTER_OPTIONS, db: { type: 'string', default: 'parley.db' }, format: { type: 'string' }, out: { type: 'string' }, mentions: { type: 'string' } },
  });
  const format = values.format;
  if (!format || !FORMATS.includes(format)) throw new ParleyError('USAGE', `--format must be one of ${FORMATS.join(', ')}`);
  if (values.mentions && format !== 'gdelt') throw new ParleyError('USAGE', '--mentions goes with --format gdelt');
  const filter = filterFromOptions(values);
  const db = values.db as string;
  if (!existsSync(db)) throw new ParleyError('STORE_INVALID', 'no store here: run parley ingest first (or pass --db)', { input: db });
  const store = openStore(db, { readonly: true });
  const sink = openSink(values.out, io.stdout);
  const mentionSink = values.mentions ? openSink(values.mentions) : null;
  const fips = loadFipsCodes();
  const article = store.db.prepare<[number], ArticleRow>('SELECT url, doc_id, source, title, date, ingested_at FROM articles WHERE id = ?');
  const mentionsOf = store.db.prepare<[number], { record: string; article_id: number }>(`SELECT ${mentionRecordSql('m')} AS record, m.article_id FROM mentions m WHERE m.event_id = ? ORDER BY m.id`);
  let n = 0;
  try {
    if (format === 'csv') await sink.write(`${CSV_COLUMNS.join(',')}\n`);
    for (const { event: e, storeId, firstArticle } of eachEvent(store, filter)) {
      const a = article.get(firstArticle)!;
      let line: string | null;
      if (format === 'jsonl') line = JSON.stringify(e);
      else if (format === 'csv') line = csvLine(e);
      else if (format === 'plover') {
        const p = ploverRecord(e, { url: a.url, title: a.title, publication: a.source, mentions: e.mentions, articles: e.articles });
        line = p && JSON.stringify(p);
      } else {
        const context = { eventId: storeId, mentions: e.mentions, sources: e.sources, articles: e.articles, dateAdded: gdeltTimestamp(a.ingested_at), sourceUrl: a.url ?? a.doc_id, fips };
        line = gdeltEventRow(e, context);
        if (mentionSink) {
          for (const m of mentionsOf.all(storeId)) {
            const ma = article.get(m.article_id)!;
            const rec = JSON.parse(m.record) as EventRecord;
            await mentionSink.write(`${gdeltMentionRow(rec, { ...context, sourceUrl: ma.url ?? ma.doc_id }, ma.source ?? '', gdeltTimestamp(ma.ingested_at))}\n`);
          }
        }
      }
      if (line === null) continue;
      await sink.write(`${line}\n`);
      n++;
    }
  } finally {
    await sink.close();
    await mentionSink?.close();
    store.close();
  }
  io.stderr.write(`parley: ${n} events exported\n`);
  return 0;
}
