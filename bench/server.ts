/**
 * `npm run bench`, server part: latency of `parley serve` on a generated store of 1,000,000 events
 * under 50 concurrent clients on loopback. The server runs as its own process (as users run it);
 * this process only sends requests over kept-alive connections, each client one action at a time.
 * Writes bench/out/server-results.md and prints it.
 *
 * Three parts. "Repeats": each kind of request cycles over a handful of parameter sets, so after the
 * first round every answer comes from the server's response cache. "Dashboard mix": every client
 * draws its requests at random (fixed seed): dyads and actors drawn Zipf-wise over the generated
 * countries, random date windows, random extra filters, the next page of the last list now and
 * then; most requests are distinct, so most are computed. In both, a client sends its next request
 * the moment the last is answered (closed loop, no think time): they measure the server saturated,
 * its capacity (by Little's law, latency = clients / throughput). "Dashboard users" is the part that
 * answers issue 5's goal ("under 50 concurrent clients"): a dashboard's clients are people, and the
 * part models them as load tools model virtual users (Locust, k6, JMeter: think time between
 * actions). Each of the 50 users, in a loop, makes one dashboard action (`createDashboardUser`: pick
 * an actor or dyad, brush a window, set a filter, change the period, load the table's next page;
 * drawn with the mix's generators, a fixed seed per user), sends at once the requests web/src sends
 * for it (a timeline and an event page of 150 together, say), waits for every answer, then thinks
 * BENCH_THINK_FLOOR_MS (default 300) plus an exponential draw of mean BENCH_THINK_MS (default 2000)
 * ms. Requests started in the BENCH_USERS_WARMUP_SECONDS (default 10) after the start are not
 * counted; the next BENCH_USERS_SECONDS (default 60) are. BENCH_USERS_VIEWS=all adds the map's,
 * network's and header's requests (`/api/places`, `/api/dyads`, `/api/summary`, `/api/actors`; not
 * in the issue's goal) to the default of the timeline and the event table. BENCH_USERS_FILTERS
 * (default 1, as the mix's one extra filter; up to 3) bounds the header filters a user sets at once;
 * BENCH_USERS_PAGE (default 150, the dashboard's) sets the event table's page size.
 *
 * "One at a time" (BENCH_PARTS=cpu, not in the default parts) profiles what the users part asks
 * without the queueing: the same users' requests (BENCH_CPU_ACTIONS actions per user, default 30),
 * each answered in this process by the API over its own read-only connection (mapped as the
 * server maps it, no response cache), one after another; its figures are CPU ms per request
 * (p50, p95, p99, max, mean), the robust measure on a machine other work shares; timelines also
 * per period (day, week, month).
 *
 * The store is bench/out/events-1m.db as bench/store.ts leaves it (migrated to this build's schema
 * first, in place), else BENCH_STORE_PATH, else one generated here. Environment: BENCH_PARTS (the
 * parts to run, default "repeats,mix,users"), BENCH_STORE_EVENTS (default 1000000, when generating),
 * BENCH_CLIENTS (clients, and users, default 50), BENCH_REQUESTS (per kind of repeated request,
 * default 2000), BENCH_MIX_REQUESTS (default 10000), BENCH_MIX_FILTERED (the share of the mix's
 * timelines with a filter the rollups do not answer, default 0.25), the users' settings above,
 * BENCH_WORKERS (the server's --workers; default its own), BENCH_PARLEY_BIN (default bin/parley.js).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createApi } from '../src/server/create-api.js';
import { SERVING_MMAP_BYTES } from '../src/server/start-server.js';
import { openStore } from '../src/store/open-store.js';
import { createDashboardDraws } from './dashboard-draws.js';
import { createDashboardUser, type DashboardViews, type UserRequest } from './dashboard-user.js';
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
/** The parts to run (BENCH_PARTS, comma-separated): all three by default. */
const parts = new Set((process.env.BENCH_PARTS ?? 'repeats,mix,users').split(',').map((p) => p.trim()));

for (const kind of parts.has('repeats') ? repeated : []) {
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

let failed = 0;
if (parts.has('mix')) {
  // The dashboard mix: each request drawn at random; the kinds timed apart.
  process.stderr.write('bench: the dashboard mix\n');
  const draw = mixDrawer(7, Number(process.env.BENCH_MIX_FILTERED ?? 0.25));
  const byKind = new Map<string, { ms: number[]; paths: Set<string>; n: number }>();
  const lastNext = new Map<number, string>();
  let sent = 0;
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
}

// Dashboard users: each client a person at the dashboard, acting, reading the answer, thinking.
const views: DashboardViews = process.env.BENCH_USERS_VIEWS === 'all' ? 'all' : 'issue';
const thinkMean = Number(process.env.BENCH_THINK_MS ?? 2000);
const maxFilters = Number(process.env.BENCH_USERS_FILTERS ?? 1);
const tablePage = Number(process.env.BENCH_USERS_PAGE ?? 150);
const thinkFloor = Number(process.env.BENCH_THINK_FLOOR_MS ?? 300);
const usersSeconds = Number(process.env.BENCH_USERS_SECONDS ?? 60);
const warmupSeconds = Number(process.env.BENCH_USERS_WARMUP_SECONDS ?? 10);
let usersFailed = 0;
let usersLoad: number[] = [];
let usersAnswered = 0;
let usersNew = 0;
if (parts.has('users')) {
  process.stderr.write(`bench: dashboard users (${usersSeconds} s after ${warmupSeconds} s of warm-up)\n`);
  const byKind = new Map<string, { ms: number[]; paths: Set<string> }>();
  const actionMs: number[] = [];
  const asked = new Set<string>();
  const record = (kind: string, path: string, ms: number) => {
    const k = byKind.get(kind) ?? { ms: [], paths: new Set<string>() };
    k.ms.push(ms);
    k.paths.add(path);
    byKind.set(kind, k);
  };
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));
  usersLoad = loadavg();
  const t0 = performance.now();
  const from = t0 + warmupSeconds * 1000;
  const to = from + usersSeconds * 1000;
  let cpuFrom = NaN;
  let cpuTo = NaN;
  const cpuMarks = [sleep(from - t0).then(() => { cpuFrom = serverCpuMs(); }), sleep(to - t0).then(() => { cpuTo = serverCpuMs(); })];
  await Promise.all(Array.from({ length: clients }, async (_, i) => {
    const user = createDashboardUser(1000 + i, views, maxFilters, tablePage);
    // Users arrive over the first think time, not all in the same millisecond.
    await sleep(user.thinkMs(thinkMean, 0));
    while (performance.now() < to) {
      const action = user.next();
      const counted = performance.now() >= from;
      const t = performance.now();
      await Promise.all(action.requests.map(async (r: UserRequest) => {
        const fresh = !asked.has(r.path);
        asked.add(r.path);
        const tr = performance.now();
        const body = await get(r.path).catch(() => null);
        const took = performance.now() - tr;
        if (!counted) return;
        if (body === null) {
          usersFailed++;
          return;
        }
        user.answered(r, body);
        usersAnswered++;
        if (fresh) usersNew++;
        record(r.kind, r.path, took);
        if (r.kind.startsWith('event page')) record('event page, first or next', r.path, took);
        if (r.kind === 'timeline' || r.kind.startsWith('event page')) record('timeline and event pages', r.path, took);
      }));
      if (counted) actionMs.push(performance.now() - t);
      await sleep(Math.min(user.thinkMs(thinkMean, thinkFloor), to - performance.now()));
    }
  }));
  await Promise.all(cpuMarks);
  const order = ['timeline', 'event page, first page', 'event page, next page', 'event page, first or next', 'places (map)', 'dyads (network)', 'summary and header lists', 'timeline and event pages'];
  for (const name of order) {
    const k = byKind.get(name);
    if (k) results.push({ ...summary(name, 'users (think time)', k.ms, usersSeconds * 1000), distinct: k.paths.size, cpuMs: NaN });
  }
  const all = [...byKind].filter(([name]) => !name.includes(' or ') && !name.includes(' and event pages')).flatMap(([, k]) => k.ms);
  results.push({ ...summary('all requests', 'users (think time)', all, usersSeconds * 1000), distinct: new Set([...byKind.values()].flatMap((k) => [...k.paths])).size, cpuMs: (cpuTo - cpuFrom) / all.length });
  results.push({ ...summary('actions (until the last answer of each)', 'users (think time)', actionMs, usersSeconds * 1000), distinct: NaN, cpuMs: NaN });
}

if (parts.has('cpu')) {
  process.stderr.write('bench: one at a time, in process\n');
  const store = openStore(db, { readonly: true });
  store.db.pragma(`mmap_size = ${SERVING_MMAP_BYTES}`);
  const app = createApi({ db: store, cache: false });
  const actions = Number(process.env.BENCH_CPU_ACTIONS ?? 30);
  const users = Array.from({ length: clients }, (_, i) => createDashboardUser(1000 + i, views, maxFilters, tablePage));
  const byKind = new Map<string, number[]>();
  const add = (kind: string, ms: number) => byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
  for (let a = 0; a < actions; a++) {
    for (const user of users) {
      for (const r of user.next().requests) {
        const c0 = process.cpuUsage();
        const res = await app.request(r.path);
        const body = await res.text();
        const c = process.cpuUsage(c0);
        if (res.status !== 200) throw new Error(`${r.path}: HTTP ${res.status} ${body.slice(0, 300)}`);
        user.answered(r, body);
        const ms = (c.user + c.system) / 1000;
        add(r.kind, ms);
        if (r.kind.startsWith('event page')) add('event page, first or next', ms);
        // Per period too: a daily timeline of the whole store prints ~3,650 points, a monthly one ~120.
        if (r.kind === 'timeline') add(`timeline per ${new URLSearchParams(r.path.slice(r.path.indexOf('?') + 1)).get('per') ?? 'day'}`, ms);
      }
    }
  }
  store.close();
  for (const name of ['timeline', 'timeline per day', 'timeline per week', 'timeline per month', 'event page, first page', 'event page, next page', 'event page, first or next']) {
    const ms = byKind.get(name);
    if (ms) results.push({ ...summary(name, 'one at a time (in process; CPU ms)', ms, NaN), distinct: NaN, rps: NaN, cpuMs: ms.reduce((x, y) => x + y, 0) / ms.length });
  }
}

server.kill('SIGTERM');
agent.destroy();
if (work) rmSync(work, { recursive: true, force: true });

const fmt = (x: number) => (Number.isNaN(x) ? '' : x.toFixed(1));
const out = [
  `## Server (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`,
  '',
  `\`parley serve\` (${process.env.BENCH_WORKERS ? `${process.env.BENCH_WORKERS} workers` : 'default workers'}) on ${work ? `${count.toLocaleString('en-US')} generated events` : `the generated store ${db}`}, ${clients} concurrent clients on loopback (in one process on the same machine). Repeats and mix: each client sends its next request when the last is answered (no think time: the server's saturation figures). Load average before the run: ${load.map((x) => x.toFixed(1)).join(', ')}. Timelines of the mix with a filter the rollups do not answer: ${Number(process.env.BENCH_MIX_FILTERED ?? 0.25) * 100}%. Latency in ms as the clients see it; server CPU in ms per request (all serving processes).`,
  ...(parts.has('users') ? ['', `Users: ${clients} dashboard users, each acting (the requests the dashboard sends for the action, at once), at most ${maxFilters} of the header's filters (quad class, CAMEO root, minimum confidence) at once, then thinking ${thinkFloor} ms plus an exponential draw of mean ${thinkMean} ms; event table pages of ${tablePage}; requests of ${views === 'all' ? 'every view (timeline, event table, map, network, header)' : "issue 5's endpoints (timeline, event table)"}; measured over ${usersSeconds} s after ${warmupSeconds} s of warm-up. Load average before this part: ${usersLoad.map((x) => x.toFixed(1)).join(', ')}. ${usersAnswered} requests sent in the measured time (and answered), ${usersAnswered ? Math.round((100 * usersNew) / usersAnswered) : 0}% of them asked for the first time in the part (the others could come from a worker's response cache); "distinct" counts the different requests of each row, with their share of its requests.`] : []),
  '',
  '| part | request | requests | distinct | p50 | p95 | p99 | max | requests/s | server CPU ms/request |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.part} | ${r.name} | ${r.n} | ${Number.isNaN(r.distinct) ? '' : r.part.startsWith('users') ? `${r.distinct} (${Math.round((100 * r.distinct) / r.n)}%)` : r.distinct} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${Number.isNaN(r.rps) ? '' : Math.round(r.rps)} | ${fmt(r.cpuMs)} |`),
  ...(failed ? ['', `${failed} requests of the mix failed (connection dropped by the server) and are not in the table.`] : []),
  ...(usersFailed ? ['', `${usersFailed} requests of the users failed and are not in the table.`] : []),
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
  const { rand, pick, window, who, extra } = createDashboardDraws(seed);
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
