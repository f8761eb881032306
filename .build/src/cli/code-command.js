import { parseArgs } from 'node:util';
import { ParleyError } from '../core/errors.js';
import { toDocumentJson } from '../output/document-json.js';
import { toEventRecords } from '../output/event-records.js';
import { readInputs } from '../stages/ingest/index.js';
import { warn } from './io.js';
import { openSink } from './output-sink.js';
const FORMATS = ['jsonl', 'json'];
export const CODE_USAGE = `usage: parley code [INPUT ...] [--date YYYY-MM-DD] [--input auto|text|html|jsonl|rss|warc]
                   [--format jsonl|json] [--out FILE]
Codes news text into events. INPUT: files, folders, or - (standard input, also the default).`;
/**
 * `parley code`: reads every input, codes each document, writes events (JSONL) or documents
 * (JSON). A bad input is reported on one line and skipped; the exit status is 1 if any was bad.
 */
export async function codeCommand(argv, io, makeCoder) {
    const { values, positionals } = parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: {
            date: { type: 'string' },
            input: { type: 'string', default: 'auto' },
            format: { type: 'string', default: 'jsonl' },
            out: { type: 'string' },
        },
    });
    const format = values.format;
    if (format === 'gdelt' || format === 'plover') {
        throw new ParleyError('USAGE', `--format ${format} is not available yet; use jsonl or json`);
    }
    if (!FORMATS.includes(format))
        throw new ParleyError('USAGE', `--format must be one of ${FORMATS.join(', ')}`);
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
        throw new ParleyError('USAGE', `--date must be YYYY-MM-DD, not '${values.date}'`);
    const coder = makeCoder();
    const sink = openSink(values.out, io.stdout);
    let bad = 0;
    let docs = 0;
    let events = 0;
    try {
        for await (const item of readInputs(positionals, { input: values.input, date: values.date ?? null, stdin: io.stdin })) {
            if (item.kind === 'error') {
                bad++;
                warn(io, item.error.oneLine());
                continue;
            }
            let lines;
            try {
                const doc = coder.analyse(item.doc);
                const records = toEventRecords(doc, coder.ontology);
                events += records.length;
                lines = format === 'json' ? `${JSON.stringify(toDocumentJson(doc, records))}\n` : records.map((r) => `${JSON.stringify(r)}\n`).join('');
            }
            catch (e) {
                if (!(e instanceof ParleyError))
                    throw e;
                bad++;
                warn(io, e.oneLine());
                continue;
            }
            docs++;
            if (lines)
                await sink.write(lines);
        }
    }
    finally {
        await sink.close();
    }
    if (bad > 0 || io.stderr.isTTY)
        warn(io, `${docs} documents coded, ${events} events, ${bad} bad inputs`);
    return bad > 0 ? 1 : 0;
}
