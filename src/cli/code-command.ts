import { parseArgs } from 'node:util';
import { ParleyError } from '../core/errors.js';
import { toDocumentJson } from '../output/document-json.js';
import type { ParleyDocument } from '../core/document.js';
import type { EventRecord } from '../core/event-record.js';
import { eventLines } from '../output/event-json.js';
import { toEventRecords } from '../output/event-records.js';
import { loadFipsCodes } from '../store/export/fips-codes.js';
import { gdeltEventRow, gdeltTimestamp, numericEventId } from '../store/export/gdelt-row.js';
import { ploverRecord } from '../store/export/plover-record.js';
import { readInputs, type InputChoice } from '../stages/ingest/index.js';
import { CODING_BATCH, inBatches, textLength } from './batches.js';
import { coderWithDictionaries, type Coder } from './coder.js';
import { warn, type CommandIo } from './io.js';
import { openSink } from './output-sink.js';

const FORMATS = ['jsonl', 'json', 'gdelt', 'plover'] as const;

export const CODE_USAGE = `usage: parley code [INPUT ...] [--date YYYY-MM-DD] [--input auto|text|html|jsonl|rss|warc]
                   [--format jsonl|json|gdelt|plover] [--out FILE] [--dictionary PATH]...
Codes news text into events. INPUT: files, folders, or - (standard input, also the default).`;

/**
 * `parley code`: reads every input, codes each document, writes events (JSONL) or documents
 * (JSON). A bad input is reported on one line and skipped; the exit status is 1 if any was bad.
 */
export async function codeCommand(argv: readonly string[], io: CommandIo, makeCoder: () => Coder): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      dictionary: { type: 'string', multiple: true },
      date: { type: 'string' },
      input: { type: 'string', default: 'auto' },
      format: { type: 'string', default: 'jsonl' },
      out: { type: 'string' },
    },
  });
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new ParleyError('USAGE', `--format must be one of ${FORMATS.join(', ')}`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new ParleyError('USAGE', `--date must be YYYY-MM-DD, not '${values.date}'`);
  const coder = coderWithDictionaries(values.dictionary, makeCoder);
  const fips = format === 'gdelt' ? loadFipsCodes() : new Map<string, string>();
  const sink = openSink(values.out, io.stdout);
  let bad = 0;
  let docs = 0;
  let events = 0;
  try {
    const inputs = readInputs(positionals, { input: values.input as InputChoice, date: values.date ?? null, stdin: io.stdin });
    for await (const batch of inBatches(inputs, textLength, CODING_BATCH)) {
      const coded = coder.analyseBatch(batch.flatMap((item) => (item.kind === 'error' ? [] : [item.doc])));
      let k = 0;
      let lines = '';
      for (const item of batch) {
        const doc = item.kind === 'error' ? item.error : coded[k++];
        if (doc instanceof ParleyError) {
          bad++;
          warn(io, doc.oneLine());
          continue;
        }
        try {
          const records = toEventRecords(doc, coder.ontology);
          lines += formatLines(format, doc, records, fips);
          events += records.length;
        } catch (e) {
          if (!(e instanceof ParleyError)) throw e;
          bad++;
          warn(io, e.oneLine());
          continue;
        }
        docs++;
      }
      if (lines) await sink.write(lines);
    }
  } finally {
    await sink.close();
  }
  if (bad > 0 || (io.stderr as { isTTY?: boolean }).isTTY) warn(io, `${docs} documents coded, ${events} events, ${bad} bad inputs`);
  return bad > 0 ? 1 : 0;
}

/** A coded document's output lines in one of the formats of `parley code`. */
function formatLines(format: string, doc: ParleyDocument, records: readonly EventRecord[], fips: ReadonlyMap<string, string>): string {
  const m = doc.meta;
  switch (format) {
    case 'json': return `${JSON.stringify(toDocumentJson(doc, records))}\n`;
    case 'gdelt': {
      const dateAdded = gdeltTimestamp(new Date().toISOString());
      return records.map((r) => `${gdeltEventRow(r, { eventId: numericEventId(r.id), mentions: 1, sources: 1, articles: 1, dateAdded, sourceUrl: m.url ?? m.id, fips })}\n`).join('');
    }
    case 'plover': return records.map((r) => ploverRecord(r, { url: m.url, title: m.title, publication: m.source })).filter((p) => p !== null).map((p) => `${JSON.stringify(p)}\n`).join('');
    default: return eventLines(records);
  }
}
