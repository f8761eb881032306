import { parseArgs } from 'node:util';
import { ParleyError } from '../core/errors.js';
import { toEventRecords } from '../output/event-records.js';
import { readInputs, type InputChoice } from '../stages/ingest/read-inputs.js';
import { CODING_BATCH, inBatches, textLength } from './batches.js';
import { coderWithDictionaries, type Coder } from './coder.js';
import { warn, type CommandIo } from './io.js';
import { CODE_FORMATS, documentLinesFor, type CodeFormat } from './output-formats.js';
import { openSink } from './output-sink.js';

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
  if (!(CODE_FORMATS as readonly string[]).includes(format)) throw new ParleyError('USAGE', `--format must be one of ${CODE_FORMATS.join(', ')}`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new ParleyError('USAGE', `--date must be YYYY-MM-DD, not '${values.date}'`);
  const coder = coderWithDictionaries(values.dictionary, makeCoder);
  const linesOf = await documentLinesFor(format as CodeFormat);
  const sink = openSink(values.out, io.stdout);
  let bad = 0;
  let docs = 0;
  let events = 0;
  try {
    const inputs = readInputs(positionals, { input: values.input as InputChoice, date: values.date ?? null, stdin: io.stdin });
    for await (const batch of inBatches(inputs, textLength, CODING_BATCH)) {
      const coded = coder.analyseBatch(batch.flatMap((item) => (item.kind === 'error' ? [] : [item.doc])));
      let k = 0;
      for (const item of batch) {
        const doc = item.kind === 'error' ? item.error : coded[k++];
        if (doc instanceof ParleyError) {
          bad++;
          warn(io, doc.oneLine());
          continue;
        }
        try {
          const records = toEventRecords(doc, coder.ontology);
          sink.add(linesOf(doc, records));
          events += records.length;
        } catch (e) {
          if (!(e instanceof ParleyError)) throw e;
          bad++;
          warn(io, e.oneLine());
          continue;
        }
        docs++;
      }
      // Each batch's lines go out before the next batch is read: a slow pipe sees its events promptly.
      await sink.flush();
    }
  } finally {
    await sink.close();
  }
  if (bad > 0 || (io.stderr as { isTTY?: boolean }).isTTY) warn(io, `${docs} documents coded, ${events} events, ${bad} bad inputs`);
  return bad > 0 ? 1 : 0;
}
