import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ParleyError } from '../core/errors.js';
import { CSV_COLUMNS, csvLine } from '../store/export/csv-rows.js';
import { openStore } from '../store/open-store.js';
import { queryEvents, type StoredEvent } from '../store/query-events.js';
import { timeline, type Period } from '../store/timeline.js';
import { FILTER_OPTIONS, FILTER_USAGE, filterFromOptions } from './filter-options.js';
import type { CommandIo } from './io.js';
import { clip, table } from './text-layout.js';

export const QUERY_USAGE = `usage: parley query [--db FILE] [filters] [--format table|jsonl|csv] [--limit N] [--cursor C]
                    [--per day|week|month]
Prints stored events that match every filter (or, with --per, their counts, mentions and
Goldstein sums per period).
${FILTER_USAGE}`;

/** `parley query`: filters, pages and aggregates over the store. */
export async function queryCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...FILTER_OPTIONS,
      db: { type: 'string', default: 'parley.db' },
      format: { type: 'string', default: 'table' },
      limit: { type: 'string', default: '100' },
      cursor: { type: 'string' },
      per: { type: 'string' },
    },
  });
  const format = values.format as string;
  if (!['table', 'jsonl', 'csv'].includes(format)) throw new ParleyError('USAGE', `--format must be table, jsonl or csv, not '${format}'`);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new ParleyError('USAGE', `--limit must be a positive whole number, not '${values.limit}'`);
  const filter = filterFromOptions(values);
  const db = values.db as string;
  if (!existsSync(db)) throw new ParleyError('STORE_INVALID', 'no store here: run parley ingest first (or pass --db)', { input: db });
  const store = openStore(db, { readonly: true });
  try {
    if (values.per !== undefined) {
      if (!['day', 'week', 'month'].includes(values.per)) throw new ParleyError('USAGE', `--per must be day, week or month, not '${values.per}'`);
      const rows = timeline(store, filter, values.per as Period);
      if (format === 'jsonl') io.stdout.write(rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
      else if (format === 'csv') io.stdout.write(['period,events,mentions,goldstein', ...rows.map((r) => `${r.period},${r.events},${r.mentions},${r.goldstein}`)].join('\n') + '\n');
      else io.stdout.write(table(['period', 'events', 'mentions', 'goldstein'], rows.map((r) => [r.period, String(r.events), String(r.mentions), r.goldstein.toFixed(1)])));
      return 0;
    }
    const page = queryEvents(store, filter, { limit, cursor: values.cursor ?? null });
    if (format === 'jsonl') io.stdout.write(page.events.map((e) => `${JSON.stringify(e)}\n`).join(''));
    else if (format === 'csv') io.stdout.write([CSV_COLUMNS.join(','), ...page.events.map(csvLine)].join('\n') + '\n');
    else io.stdout.write(eventTable(page.events));
    if (page.next !== null) io.stderr.write(`parley: more events: --cursor ${page.next}\n`);
    return 0;
  } finally {
    store.close();
  }
}

function eventTable(events: readonly StoredEvent[]): string {
  return table(
    ['date', 'source', 'cameo', 'target', 'where', 'conf', 'men', 'evidence'],
    events.map((e) => [
      e.date.value ?? '-', e.source?.code ?? '-', e.cameo, e.target?.code ?? '-', e.location?.name ?? '-',
      e.confidence.toFixed(2), String(e.mentions), clip(e.evidence.text, 70),
    ]),
  );
}

