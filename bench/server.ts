/**
 * `npm run bench`, server part: latency of `parley serve` on a generated store of 1,000,000 events
 * under 50 concurrent clients on loopback. The server runs as its own process (as users run it);
 * this process only sends requests, each client one at a time, over kept-alive connections.
 * Writes bench/out/server-results.md and prints it.
 *
 * Two parts. "Repeats": each kind of request cycles over a handful of parameter sets, so after the
 * first round every answer comes from the server's response cache. "Dashboard mix": every client
 * draws its requests at random (fixed seed) as a dashboard user would make them: dyads and actors
 * drawn Zipf-wise over the generated countries, random date windows, random extra filters, the
 * next page of the last list now and then; most requests are distinct, so most are computed.
 *
 * The store is bench/out/events-1m.db as bench/store.ts leaves it (migrated to this build's schema
 * first, in place), else BENCH_STORE_PATH, else one generated here. Environment: BENCH_STORE_EVENTS
 * (default 1000000, when generating), BENCH_CLIENTS (default 50), BENCH_REQUESTS (per kind of
 * repeated request, default 2000), BENCH_MIX_REQUESTS (default 10000), BENCH_MIX_FILTERED (the share
 * of the mix's timelines with a filter the rollups do not answer, default 0.25), BENCH_WORKERS (the server's
 * --workers; default its own), BENCH_PARLEY_BIN (default bin/parley.js).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
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
const mixRequests = Number(process.env.BENCH_MIX_REQUESTS ?? 10_000);
const count = Number(process.env.BENCH_STORE_EVENTS ?? 1_000_000);
const bin = process.env.BENCH_PARLEY_BIN ?? join(root, 'bin', 'parley.js');

let work: string | null = null;
let db = process.env.BENCH_STORE_PATH ?? (existsSync(join(outDir, 'events-1m.db')) ? join(outDir, 'events-1m.db') : undefined);
if (!db) {
  work = mkdtempSync(join(tmpdir(), 'parley-server-bench-'));
  db = join(work, 'big.db');
  const store = openStore(db);
  generateEvents(store, count);
  store.close();
} else {
  // A store left by an older build is migrated once (the server opens it read-only).
  openStore(db).close();
}

const serverArgs = [bin, 'serve', '--db', db, '--port', '0', ...(process.env.BENCH_WORKERS ? ['--workers', process.env.BENCH_WORKERS] : [])];
const server = spawn(process.execPath, serverArgs, { stdio: ['ignore', 'pipe', 'inherit'] });
// However this process ends, the server (and its workers) ends with it.
process.on('exit', () => server.kill('SIGTERM'));
const base = await new Promise<string>((resolve, reject) => {
  server.once('exit', (code) => reject(new Error(`parley serve exited with ${code}`)));
  createInterface({ input: server.stdout }).once('line', (line) => resolve(line.trim().replace(/\/$/, '')));
});
const agent = new Agent({ keepAlive: true, maxSockets: clients });

/** The kinds of request the dashboard makes most, each with a few parameter sets sent over and over. */
const repeated: { name: string; paths: string[] }[] = [
  { name: 'dyad timeline per month (`/api/timeline?dyad=…&per=month`)', paths: ['dyad=USA,IRN', 'dyad=RUS,UKR', 'dyad=ISR,PSE', 'dyad=IRN,USA', 'dyad=CHN,USA'].map((q) => `/api/timeline?${q}&per=month`) },
  { name: 'dyad timeline per week, one year', paths: ['dyad=RUSGOV,UKRGOV', 'dyad=USA,IRN', 'dyad=SYR,TUR'].map((q) => `/api/timeline?${q}&per=week&from=2022-01-01&to=2022-12-31`) },
  {
    name: 'event page of 100 (`/api/events?…&limit=100`)',
    paths: ['root=19&from=2020-01-01&to=2020-12-31&min_confidence=0.6', 'actor=RUS&plover=ASSAULT', 'dyad=USA,IRN&from=2019-06-01&to=2019-06-30', 'bbox=43.5,32.5,45.5,34.5&quad=4', 'code=112&role=MIL', 'root=18']
      .map((q) => `/api/events?${q}&limit=100`),
  },
];

interface Result { name: string; part: string; n: number; distinct: number; p50: number; p95: number; p99: number; max: number; rps: number; cpuMs: number }
const results: Result[] = [];
const load = loadavg();

for (const kind of repeated) {
  process.stderr.write(`bench: ${kind.name}\n`);
  // Warm the server's statements, SQLite's page cache and the response cache, as a running server would be.
  for (let i = 0; i < 4; i++) for (const path of kind.paths) await get(path);
  const ms: number[] = [];
  let next = 0;
  const cpu0 = serverCpuMs();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next < perKind) {
      const path = kind.paths[next++ % kind.paths.length];
      const t = performance.now();
      await get(path);
      ms.push(performance.now() - t);
    }
  }));
  const wall = performance.now() - t0;
  results.push({ ...summary(kind.name, 'repeats (cached)', ms, wall), distinct: kind.paths.length, cpuMs: (serverCpuMs() - cpu0) / ms.length });
}

// The dashboard mix: each request drawn at random; the kinds timed apart.
process.stderr.write('bench: the dashboard mix\n');
const draw = mixDrawer(7, Number(process.env.BENCH_MIX_FILTERED ?? 0.25));
const byKind = new Map<string, { ms: number[]; paths: Set<string>; n: number }>();
const lastNext = new Map<number, string>();
let sent = 0;
let failed = 0;
const cpu0 = serverCpuMs();
const t0 = performance.now();
await Promise.all(Array.from({ length: clients }, async (_, client) => {
  while (sent < mixRequests) {
    sent++;
    const { kind, path } = draw(lastNext.get(client));
    const t = performance.now();
    // An overloaded server may drop a connection (its header timeout runs while the request waits): counted, not fatal.
    const body = await get(path).catch(() => null);
    const took = performance.now() - t;
    if (body === null) {
      failed++;
      continue;
    }
    if (kind.startsWith('event page')) {
      const next = (JSON.parse(body) as { next: string | null }).next;
      if (next !== null) lastNext.set(client, path.replace(/&cursor=\d+/, '') + `&cursor=${next}`);
      else lastNext.delete(client);
    }
    const k = byKind.get(kind) ?? { ms: [], paths: new Set<string>(), n: 0 };
    k.ms.push(took);
    k.paths.add(path);
    byKind.set(kind, k);
  }
}));
const mixWall = performance.now() - t0;
const mixCpu = serverCpuMs() - cpu0;
const allMix: number[] = [];
for (const [name, k] of [...byKind].sort()) {
  allMix.push(...k.ms);
  results.push({ ...summary(name, 'mix (distinct)', k.ms, mixWall), distinct: k.paths.size, rps: NaN, cpuMs: NaN });
}
results.push({ ...summary('all of the mix', 'mix (distinct)', allMix, mixWall), distinct: [...byKind.values()].reduce((n, k) => n + k.paths.size, 0), cpuMs: mixCpu / allMix.length });

server.kill('SIGTERM');
agent.destroy();
if (work) rmSync(work, { recursive: true, force: true });

const fmt = (x: number) => (Number.isNaN(x) ? '' : x.toFixed(1));
const out = [
  `## Server (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`,
  '',
  `\`parley serve\` (${process.env.BENCH_WORKERS ? `${process.env.BENCH_WORKERS} workers` : 'default workers'}) on ${work ? `${count.toLocaleString('en-US')} generated events` : `the generated store ${db}`}, ${clients} concurrent clients on loopback (in one process on the same machine), each sending its next request when the last is answered. Load average before the run: ${load.map((x) => x.toFixed(1)).join(', ')}. Timelines of the mix with a filter the rollups do not answer: ${Number(process.env.BENCH_MIX_FILTERED ?? 0.25) * 100}%. Latency in ms as the clients see it; server CPU in ms per request (all serving processes).`,
  '',
  '| part | request | requests | distinct | p50 | p95 | p99 | max | requests/s | server CPU ms/request |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.part} | ${r.name} | ${r.n} | ${r.distinct} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${Number.isNaN(r.rps) ? '' : Math.round(r.rps)} | ${fmt(r.cpuMs)} |`),
  ...(failed ? ['', `${failed} requests of the mix failed (connection dropped by the server) and are not in the table.`] : []),
].join('\n');
writeFileSync(join(outDir, 'server-results.md'), `${out}\n`);
console.log(out);

function summary(name: string, part: string, ms: number[], wallMs: number): Omit<Result, 'distinct' | 'cpuMs'> {
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
  return { name, part, n: ms.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: ms[ms.length - 1], rps: ms.length / (wallMs / 1000) };
}

/** GET a path; a kept-alive socket the server closed while idle (a reset before any answer) is retried once on a new one. */
function get(path: string, retry = true): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(base + path, { agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('error', reject);
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== 200) reject(new Error(`${path}: HTTP ${res.statusCode} ${body.slice(0, 300)}`));
        else resolve(body);
      });
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (retry && e.code === 'ECONNRESET') resolve(get(path, false));
      else reject(e);
    });
    req.end();
  });
}

/** CPU time (user + system) of the server process and its workers so far, in ms (Linux /proc). */
function serverCpuMs(): number {
  const pids = [server.pid as number];
  try {
    pids.push(...readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return NaN;
  }
  let ticks = 0;
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * 10;
}

/**
 * A dashboard user's requests to the two endpoints of issue 5, drawn with a fixed seed: timelines
 * (55%: an actor, a dyad or nothing; a date window 60% of the time; a filter the rollups do not
 * answer BENCH_MIX_FILTERED of the time) and event pages (45%, a third of them the next page of the client's last
 * list). The map, network and actor views (`/api/places`, `/api/dyads`, `/api/actors`) are not in it.
 */
function mixDrawer(seed: number, filteredShare: number): (lastNext: string | undefined) => { kind: string; path: string } {
  let s = seed;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
  const countries = ['USA', 'IRN', 'IRQ', 'RUS', 'UKR', 'CHN', 'SYR', 'ISR', 'PSE', 'TUR', 'SAU', 'YEM', 'EGY', 'LBY', 'AFG', 'PAK', 'IND', 'NGA', 'SOM', 'KEN',
    'FRA', 'DEU', 'GBR', 'JPN', 'KOR', 'PRK', 'VEN', 'COL', 'MEX', 'BRA', 'SDN', 'SSD', 'ETH', 'MLI', 'LBN', 'JOR', 'QAT', 'ARE', 'POL', 'BLR'];
  const weights = countries.map((_, k) => 1 / (k + 1) ** 1.1);
  const total = weights.reduce((a, b) => a + b, 0);
  const zipf = () => {
    let u = rand() * total;
    for (let k = 0; k < countries.length; k++) if ((u -= weights[k]) <= 0) return countries[k];
    return countries[0];
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const first = Date.UTC(2015, 0, 1) / 86_400_000;
  const last = Date.UTC(2024, 11, 31) / 86_400_000;
  const window = (maxDays: number): string => {
    const length = 7 + Math.floor(rand() * maxDays);
    const from = first + Math.floor(rand() * (last - first - length));
    return `&from=${iso(from)}&to=${iso(from + length)}`;
  };
  const who = (): string => {
    const r = rand();
    if (r < 0.5) {
      const a = zipf();
      let b = zipf();
      while (b === a) b = zipf();
      return `dyad=${a},${b}`;
    }
    return r < 0.85 ? `actor=${zipf()}` : '';
  };
  const extra = (): string => pick(['&root=' + pick(['01', '04', '05', '11', '14', '17', '18', '19', '20']), `&quad=${1 + Math.floor(rand() * 4)}`, '&plover=' + pick(['ASSAULT', 'CONSULT', 'ACCUSE', 'PROTEST', 'AID']), `&min_confidence=0.${5 + Math.floor(rand() * 4)}`, '&role=' + pick(['GOV', 'MIL', 'REB'])]);
  const join = (...parts: string[]) => parts.join('&').split('&').filter(Boolean).join('&');
  return (lastNext) => {
    const r = rand();
    if (r < 0.55) {
      const per = rand() < 0.6 ? 'month' : rand() < 0.6 ? 'week' : 'day';
      const filtered = rand() < filteredShare;
      const q = join('&', who(), rand() < 0.6 ? window(per === 'month' ? 1800 : per === 'week' ? 700 : 180) : '', filtered ? extra() : '', `&per=${per}`);
      return { kind: filtered ? 'timeline, with a filter the rollups do not answer' : 'timeline, actor or dyad and dates (rollups)', path: `/api/timeline?${q}` };
    }
    if (lastNext !== undefined && rand() < 0.33) return { kind: 'event page, next page', path: lastNext };
    const q = join('&', who(), rand() < 0.7 ? window(365) : '', rand() < 0.5 ? extra() : '', `&limit=${pick([25, 50, 100, 100])}`);
    return { kind: 'event page, first page', path: `/api/events?${q}` };
  };
}
