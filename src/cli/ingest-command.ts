import { parseArgs } from 'node:util';
import { ParleyError } from '../core/errors.js';
import { readInputs, type InputChoice } from '../stages/ingest/index.js';
import { createIngester } from '../store/ingest-documents.js';
import { openStore } from '../store/open-store.js';
import type { Coder } from './coder.js';
import { warn, type CommandIo } from './io.js';
import { createProgress } from './progress.js';

export const INGEST_USAGE = `usage: parley ingest INPUT... [--db FILE] [--date YYYY-MM-DD] [--input auto|text|html|jsonl|rss|warc]
Codes the inputs and stores articles, sentences, actors, events and their mentions in an SQLite
store (default ./parley.db). Articles already stored (same URL or same text) are skipped.`;

/**
 * `parley ingest`: code and store. Each batch of articles is one transaction, so a killed run
 * keeps every committed batch and a second run finishes the rest. A bad input is reported on one
 * line and skipped; the exit status is 1 if any was bad.
 */
export async function ingestCommand(argv: readonly string[], io: CommandIo, makeCoder: () => Coder): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      db: { type: 'string', default: 'parley.db' },
      date: { type: 'string' },
      input: { type: 'string', default: 'auto' },
      batch: { type: 'string', default: '50' },
    },
  });
  if (positionals.length === 0) throw new ParleyError('USAGE', 'parley ingest needs at least one INPUT (a file, a folder, or - for standard input)');
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new ParleyError('USAGE', `--date must be YYYY-MM-DD, not '${values.date}'`);
  const batch = Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1) throw new ParleyError('USAGE', `--batch must be a positive whole number, not '${values.batch}'`);
  const store = openStore(values.db as string);
  const coder = makeCoder();
  const ingester = createIngester(store, { batch });
  const progress = createProgress(io);
  let bad = 0;
  let skipped = 0;
  try {
    for await (const item of readInputs(positionals, { input: values.input as InputChoice, date: values.date ?? null, stdin: io.stdin })) {
      if (item.kind === 'error') {
        bad++;
        progress.clear();
        warn(io, item.error.oneLine());
        continue;
      }
      if (ingester.isStored(item.doc)) {
        skipped++;
        progress.tick(ingester.tally.stored, skipped, ingester.tally.newEvents);
        continue;
      }
      try {
        const doc = coder.analyse(item.doc);
        ingester.add(doc, coder.records(doc));
      } catch (e) {
        if (!(e instanceof ParleyError)) throw e;
        bad++;
        progress.clear();
        warn(io, e.oneLine());
        continue;
      }
      progress.tick(ingester.tally.stored, skipped, ingester.tally.newEvents);
    }
    ingester.flush();
  } finally {
    store.close();
  }
  const t = ingester.tally;
  progress.clear();
  warn(io, `${values.db}: ${t.stored} articles stored, ${skipped + t.duplicates} already there, ${t.mentions} event mentions (${t.newEvents} new events), ${bad} bad inputs`);
  return bad > 0 ? 1 : 0;
}
