/**
 * `npm run bench`, store part: ingest speed end to end (read, code, store) on the bench corpus, and
 * query latency on a generated store of 1,000,000 events (a dyad's monthly timeline, filtered pages
 * of 100 events). Writes bench/out/store-results.md and prints it.
 *
 * Environment: BENCH_STORE_EVENTS (default 1000000), BENCH_INGEST_MB (default 6). The generated store
 * is left at bench/out/events-1m.db for bench/server.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { createCoder } from '../src/cli/coder.js';
import { ingestInputs } from '../src/cli/ingest-run.js';
import type { EventFilter } from '../src/store/event-filter.js';
import { openStore } from '../src/store/open-store.js';
import { queryEvents } from '../src/store/query-events.js';
import { timeline } from '../src/store/timeline.js';
import { generateEvents } from './generate-events.js';
import { findProjectRoot, makeBenchCorpus } from './make-corpus.js';

const root = findProjectRoot();
const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'parley-store-bench-'));
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// 1. Ingest: read, code and store BENCH_INGEST_MB of bench corpus records, in two runs of one
// process into one store: the first third from a cold start (V8 compiles, the word memos fill), then
// the rest, the rate a long ingest keeps (into a store that already holds the first third).
const ingestMb = Number(process.env.BENCH_INGEST_MB ?? 6);
const lines = makeBenchCorpus({ targetBytes: ingestMb * 1024 * 1024 });
const coder = createCoder();
const ingestStore = openStore(join(work, 'ingest.db'));
const io = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: Readable.from(['']) };
io.stderr.resume();
const third = Math.ceil(lines.length / 3);
const ingests: IngestRun[] = [];
for (const [name, part] of [['cold', lines.slice(0, third)], ['kept', lines.slice(third)]] as const) {
  const input = join(work, `corpus-${name}.jsonl`);
  writeFileSync(input, `${part.join('\n')}\n`);
  const w0 = performance.now();
  const c0 = cpuMs();
  const report = await ingestInputs([input], ingestStore, coder, io);
  ingests.push({ mb: Buffer.byteLength(part.join('\n')) / 1024 / 1024, stored: report.stored, mentions: report.mentions, wall: performance.now() - w0, cpu: cpuMs() - c0 });
}
ingestStore.close();

// 2. A generated store of N events.
const n = Number(process.env.BENCH_STORE_EVENTS ?? 1_000_000);
const bigPath = join(outDir, 'events-1m.db');
for (const suffix of ['', '-wal', '-shm']) rmSync(bigPath + suffix, { force: true });
const big = openStore(bigPath);
const g0 = performance.now();
generateEvents(big, n);
const generateMs = performance.now() - g0;

const queries: { name: string; run: () => number }[] = [
  { name: "dyad monthly timeline (USA -> IRN, all years)", run: () => timeline(big, { dyad: ['USA', 'IRN'] }, 'month').length },
  { name: 'dyad weekly timeline (RUSGOV -> UKRGOV, one year)', run: () => timeline(big, { dyad: ['RUSGOV', 'UKRGOV'], from: '2022-01-01', to: '2022-12-31' }, 'week').length },
  { name: 'page of 100: root 19, year 2020, confidence >= 0.6', run: () => page({ root: '19', from: '2020-01-01', to: '2020-12-31', minConfidence: 0.6 }) },
  { name: 'page of 100: actor RUS, PLOVER ASSAULT', run: () => page({ actor: 'RUS', plover: 'ASSAULT' }) },
  { name: 'page of 100: dyad USA -> IRN, one month', run: () => page({ dyad: ['USA', 'IRN'], from: '2019-06-01', to: '2019-06-30' }) },
  { name: 'page of 100: box around Baghdad, quad class 4', run: () => page({ bbox: [43.5, 32.5, 45.5, 34.5], quadClass: 4 }) },
  { name: 'page of 100: code 112, role MIL', run: () => page({ code: '112', role: 'MIL' }) },
  { name: 'second page (cursor) of root 18', run: () => secondPage({ root: '18' }) },
];
const timings = queries.map((q) => {
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    rows = q.run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { name: q.name, rows, first: ms[0], median: ms[3], max: ms[6] };
});
big.close();
rmSync(work, { recursive: true, force: true });

const fmt = (x: number) => x.toFixed(1);
const out = [
  `## Store (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`,
  '',
  'Ingest, end to end (read JSONL, code, merge, store; one process, one core), the first third of the input from a cold start, then the rest:',
  '',
  '| run | MB of JSONL | articles | event mentions | wall s | CPU s | articles/s (wall) | articles/s (CPU) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...ingests.map((r, i) => `| ${i === 0 ? 'first third (cold start)' : '**the rest (the rate a long ingest keeps)**'} | ${r.mb.toFixed(1)} | ${r.stored} | ${r.mentions} | ${(r.wall / 1000).toFixed(1)} | ${(r.cpu / 1000).toFixed(1)} | ${Math.round(r.stored / (r.wall / 1000))} | ${i === 0 ? Math.round(r.stored / (r.cpu / 1000)) : `**${Math.round(r.stored / (r.cpu / 1000))}**`} |`),
  '',
  `Generated store: ${n.toLocaleString('en-US')} events (generated in ${(generateMs / 1000).toFixed(0)} s). Query times in ms over 7 runs:`,
  '',
  '| query | rows | median ms | max ms |',
  '|---|---:|---:|---:|',
  ...timings.map((t) => `| ${t.name} | ${t.rows} | ${fmt(t.median)} | ${fmt(t.max)} |`),
].join('\n');
writeFileSync(join(outDir, 'store-results.md'), `${out}\n`);
console.log(out);

/** One ingest run of the bench: its input and what it stored, in how long. */
interface IngestRun {
  mb: number;
  stored: number;
  mentions: number;
  wall: number;
  cpu: number;
}

function page(filter: EventFilter): number {
  return queryEvents(big, filter, { limit: 100 }).events.length;
}

function secondPage(filter: EventFilter): number {
  const first = queryEvents(big, filter, { limit: 100 });
  return queryEvents(big, filter, { limit: 100, cursor: first.next }).events.length;
}
