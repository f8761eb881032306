import { parseArgs } from 'node:util';
import { ParleyError } from '../core/errors.js';
import type { InputChoice } from '../stages/ingest/index.js';
import { openStore } from '../store/open-store.js';
import { coderWithDictionaries, type Coder } from './coder.js';
import { ingestInputs } from './ingest-run.js';
import { warn, type CommandIo } from './io.js';

export const INGEST_USAGE = `usage: parley ingest INPUT... [--db FILE] [--date YYYY-MM-DD] [--input auto|text|html|jsonl|rss|warc]
                     [--dictionary PATH]...
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
      dictionary: { type: 'string', multiple: true },
      db: { type: 'string', default: 'parley.db' },
      date: { type: 'string' },
      input: { type: 'string', default: 'auto' },
      batch: { type: 'string', default: '1000' },
    },
  });
  if (positionals.length === 0) throw new ParleyError('USAGE', 'parley ingest needs at least one INPUT (a file, a folder, or - for standard input)');
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new ParleyError('USAGE', `--date must be YYYY-MM-DD, not '${values.date}'`);
  const batch = Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1) throw new ParleyError('USAGE', `--batch must be a positive whole number, not '${values.batch}'`);
  const coder = coderWithDictionaries(values.dictionary, makeCoder);
  const store = openStore(values.db as string);
  let report;
  try {
    report = await ingestInputs(positionals, store, coder, io, { date: values.date ?? null, input: values.input as InputChoice, batch });
  } finally {
    store.close();
  }
  warn(io, `${values.db}: ${report.stored} articles stored, ${report.skipped} already there, ${report.mentions} event mentions (${report.newEvents} new events), ${report.bad} bad inputs`);
  return report.bad > 0 ? 1 : 0;
}
