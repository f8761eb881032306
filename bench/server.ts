/**
 * `npm run bench`, server part: latency of `parley serve` on a generated store of 1,000,000 events
 * under 50 concurrent clients on loopback. The server runs as its own process (as users run it);
 * this process only sends requests, each client one at a time, over kept-alive connections.
 * Writes bench/out/server-results.md and prints it.
 *
 * The store is bench/out/events-1m.db as bench/store.ts leaves it, else BENCH_STORE_PATH, else one
 * generated here. Environment: BENCH_STORE_EVENTS (default 1000000, when generating),
 * BENCH_CLIENTS (default 50), BENCH_REQUESTS (per kind of request, default 2000).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openStore } from '../src/store/open-store.js';
import { generateEvents } from './generate-events.js';
import { findProjectRoot } from './make-corpus.js';

const root = findProjectRoot();
const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const perKind = Number(process.env.BENCH_REQUESTS ?? 2000);
const count = Number(process.env.BENCH_STORE_EVENTS ?? 1_000_000);

let work: string | null = null;
let db = process.env.BENCH_STORE_PATH ?? (existsSync(join(outDir, 'events-1m.db')) ? join(outDir, 'events-1m.db') : undefined);
if (!db) {
  work = mkdtempSync(join(tmpdir(), 'parley-server-bench-'));
  db = join(work, 'big.db');
  const store = openStore(db);
  generateEvents(store, count);
  store.close();
}

const server = spawn(process.execPath, [join(root, 'bin', 'parley.js'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise<string>((resolve, reject) => {
  server.once('exit', (code) => reject(new Error(`parley serve exited with ${code}`)));
  createInterface({ input: server.stdout }).once('line', (line) => resolve(line.trim().replace(/\/$/, '')));
});

/** The kinds of request the dashboard makes most, each with a few varied parameter sets. */
const kinds: { name: string; paths: string[] }[] = [
  { name: 'dyad timeline per month (`/api/timeline?dyad=…&per=month`)', paths: ['dyad=USA,IRN', 'dyad=RUS,UKR', 'dyad=ISR,PSE', 'dyad=IRN,USA', 'dyad=CHN,USA'].map((q) => `/api/timeline?${q}&per=month`) },
  { name: 'dyad timeline per week, one year', paths: ['dyad=RUSGOV,UKRGOV', 'dyad=USA,IRN', 'dyad=SYR,TUR'].map((q) => `/api/timeline?${q}&per=week&from=2022-01-01&to=2022-12-31`) },
  {
    name: 'event page of 100 (`/api/events?…&limit=100`)',
    paths: ['root=19&from=2020-01-01&to=2020-12-31&min_confidence=0.6', 'actor=RUS&plover=ASSAULT', 'dyad=USA,IRN&from=2019-06-01&to=2019-06-30', 'bbox=43.5,32.5,45.5,34.5&quad=4', 'code=112&role=MIL', 'root=18']
      .map((q) => `/api/events?${q}&limit=100`),
  },
];

const results: { name: string; n: number; p50: number; p95: number; p99: number; max: number; rps: number }[] = [];
for (const kind of kinds) {
  // Warm the server's statements and SQLite's page cache, as a running server would be.
  for (const path of kind.paths) await get(base + path);
  const ms: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next < perKind) {
      const path = kind.paths[next++ % kind.paths.length];
      const t = performance.now();
      await get(base + path);
      ms.push(performance.now() - t);
    }
  }));
  const wall = performance.now() - t0;
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
  results.push({ name: kind.name, n: ms.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: ms[ms.length - 1], rps: ms.length / (wall / 1000) });
}
server.kill('SIGTERM');
if (work) rmSync(work, { recursive: true, force: true });

const fmt = (x: number) => x.toFixed(1);
const out = [
  `## Server (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`,
  '',
  `\`parley serve\` on a store of ${work ? `${count.toLocaleString('en-US')} generated events` : `the generated store ${db}`}, ${clients} concurrent clients on loopback, each sending its next request when the last is answered. Latency in ms, as the clients see it:`,
  '',
  '| request | requests | p50 | p95 | p99 | max | requests/s |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.name} | ${r.n} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${Math.round(r.rps)} |`),
].join('\n');
writeFileSync(join(outDir, 'server-results.md'), `${out}\n`);
console.log(out);

async function get(url: string): Promise<void> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}
