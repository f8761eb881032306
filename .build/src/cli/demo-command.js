import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDocument, metaFor } from '../core/document.js';
import { projectDataDir } from '../lexicon/data-dir.js';
import { summariseEvents } from './event-summary.js';
export const DEMO_USAGE = `usage: parley demo [--min-confidence X]
Codes the built-in sample articles (data/sample/) and prints a summary of their events.`;
/** `parley demo`: the quick start's command. */
export async function demoCommand(argv, io, makeCoder) {
    const { values } = parseArgs({ args: [...argv], options: { 'min-confidence': { type: 'string', default: '0' } } });
    const min = Number(values['min-confidence']);
    const dir = join(projectDataDir(), 'sample');
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    const coder = makeCoder();
    const records = [];
    for (const { file, date } of index) {
        const text = readFileSync(join(dir, file), 'utf8');
        for (const e of coder.code(createDocument(metaFor(file, { date, origin: join('data/sample', file) }), text))) {
            if (e.confidence >= min)
                records.push(e);
        }
    }
    io.stdout.write(`Parley demo: ${index.length} sample articles from data/sample/\n`);
    io.stdout.write(summariseEvents(records, (code) => coder.ontology.cameo(code).name));
    return 0;
}
