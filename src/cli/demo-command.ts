import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDocument, metaFor } from '../core/document.js';
import type { EventRecord } from '../core/event-record.js';
import { projectDataDir } from '../lexicon/data-dir.js';
import type { Coder } from './coder.js';
import { summariseEvents } from './event-summary.js';
import type { CommandIo } from './io.js';

export const DEMO_USAGE = `usage: parley demo [--min-confidence X]
Codes the built-in sample articles (data/sample/) and prints a summary of their events
(those with confidence >= X, default 0.4).`;

/** `parley demo`: the quick start's command. */
export async function demoCommand(argv: readonly string[], io: CommandIo, makeCoder: () => Coder): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { 'min-confidence': { type: 'string', default: '0.4' } } });
  const min = Number(values['min-confidence']);
  const dir = join(projectDataDir(), 'sample');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { file: string; date: string }[];
  const coder = makeCoder();
  const records: EventRecord[] = [];
  for (const { file, date } of index) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const e of coder.code(createDocument(metaFor(file, { date, origin: join('data/sample', file) }), text))) {
      if (e.confidence >= min) records.push(e);
    }
  }
  io.stdout.write(`Parley demo: ${index.length} sample articles from data/sample/\n`);
  io.stdout.write(summariseEvents(records, (code) => coder.ontology.cameo(code).name));
  return 0;
}
