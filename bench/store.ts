/**
 * `npm run bench`, store part: ingest speed end to end (read, code, store) on the bench corpus, and
 * query latency on a generated store of 1,000,000 events (a dyad's monthly timeline, filtered pages
 * of 100 events). Writes bench/out/store-results.md and prints it.
 *
 * Environment: BENCH_STORE_EVENTS (default 1000000), BENCH_INGEST_MB (default 2), BENCH_KEEP_STORE=1 keeps
 * the generated store (its path is printed).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { EventRecord } from '../src/core/event-record.js';
import { createCoder } from '../src/cli/coder.js';
import { ingestInputs } from '../src/cli/ingest-run.js';
import { loadOntology } from '../src/ontology/load-ontology.js';
import type { EventFilter } from '../src/store/event-filter.js';
import { dayNumber } from '../src/store/merge-rule.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { queryEvents } from '../src/store/query-events.js';
import { timeline } from '../src/store/timeline.js';
import { findProjectRoot, makeBenchCorpus } from './make-corpus.js';

const root = findProjectRoot();
const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'parley-store-bench-'));
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// 1. Ingest: read, code and store the first BENCH_INGEST_MB of bench corpus records.
const ingestMb = Number(process.env.BENCH_INGEST_MB ?? 2);
const lines = makeBenchCorpus({ targetBytes: ingestMb * 1024 * 1024 });
const input = join(work, 'corpus.jsonl');
writeFileSync(input, `${lines.join('\n')}\n`);
const coder = createCoder();
const ingestStore = openStore(join(work, 'ingest.db'));
const io = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: Readable.from(['']) };
io.stderr.resume();
const w0 = performance.now();
const c0 = cpuMs();
const report = await ingestInputs([input], ingestStore, coder, io);
const ingestWall = performance.now() - w0;
const ingestCpu = cpuMs() - c0;
ingestStore.close();

// 2. A generated store of N events.
const n = Number(process.env.BENCH_STORE_EVENTS ?? 1_000_000);
const bigPath = join(work, 'big.db');
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
if (process.env.BENCH_KEEP_STORE) console.log(`store kept: ${bigPath}`);
else rmSync(work, { recursive: true, force: true });

const fmt = (x: number) => x.toFixed(1);
const out = [
  `## Store (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`,
  '',
  `Ingest, end to end (read JSONL, code, merge, store; one process, one core): ${report.stored} articles, ${report.mentions} event mentions,`,
  `${(ingestWall / 1000).toFixed(1)} s wall, ${(ingestCpu / 1000).toFixed(1)} s CPU: **${Math.round(report.stored / (ingestWall / 1000))} articles/s** wall, ${Math.round(report.stored / (ingestCpu / 1000))} articles/s CPU.`,
  '',
  `Generated store: ${n.toLocaleString('en-US')} events (generated in ${(generateMs / 1000).toFixed(0)} s). Query times in ms over 7 runs:`,
  '',
  '| query | rows | median ms | max ms |',
  '|---|---:|---:|---:|',
  ...timings.map((t) => `| ${t.name} | ${t.rows} | ${fmt(t.median)} | ${fmt(t.max)} |`),
].join('\n');
writeFileSync(join(outDir, 'store-results.md'), `${out}\n`);
console.log(out);

function page(filter: EventFilter): number {
  return queryEvents(big, filter, { limit: 100 }).events.length;
}

function secondPage(filter: EventFilter): number {
  const first = queryEvents(big, filter, { limit: 100 });
  return queryEvents(big, filter, { limit: 100, cursor: first.next }).events.length;
}

/**
 * Fills a store with `count` synthetic events: 60 countries with role blocks, dyads skewed toward a
 * few busy pairs, days over 2015-2024, codes drawn from the ontology, places around a few capitals.
 * Deterministic (a fixed-seed generator).
 */
function generateEvents(store: Store, count: number): void {
  const ontology = loadOntology();
  const codes = [...ontology.codes.values()].filter((c) => c.code.length >= 3);
  const countries = ['USA', 'IRN', 'IRQ', 'RUS', 'UKR', 'CHN', 'SYR', 'ISR', 'PSE', 'TUR', 'SAU', 'YEM', 'EGY', 'LBY', 'AFG', 'PAK', 'IND', 'NGA', 'SOM', 'KEN',
    'FRA', 'DEU', 'GBR', 'JPN', 'KOR', 'PRK', 'VEN', 'COL', 'MEX', 'BRA', 'SDN', 'SSD', 'ETH', 'MLI', 'LBN', 'JOR', 'QAT', 'ARE', 'POL', 'BLR',
    'GEO', 'ARM', 'AZE', 'MMR', 'THA', 'PHL', 'IDN', 'BGD', 'LKA', 'NPL', 'CUB', 'HTI', 'COD', 'CAF', 'BDI', 'RWA', 'UGA', 'TCD', 'NER', 'CMR'];
  const roles = ['GOV', 'GOV', 'MIL', '', 'OPP', 'CVL', 'REB', 'COP', 'JUD', 'LEG'];
  const places: [string, string, number, number][] = [['Baghdad', 'IRQ', 33.34, 44.4], ['Kyiv', 'UKR', 50.45, 30.52], ['Damascus', 'SYR', 33.51, 36.29],
    ['Kabul', 'AFG', 34.53, 69.17], ['Sanaa', 'YEM', 15.35, 44.21], ['Tehran', 'IRN', 35.69, 51.42], ['Washington', 'USA', 38.9, -77.04], ['Gaza', 'PSE', 31.5, 34.47]];
  let seed = 42;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
  const skewed = (k: number) => Math.floor(k * rand() ** 2.5);
  const first = dayNumber('2015-01-01');
  const span = dayNumber('2024-12-31') - first;
  const db = store.db;
  const articles = Math.max(1, Math.round(count / 10));
  const insertArticle = db.prepare("INSERT INTO articles (id, doc_id, url, content_hash, title, source, date, format, text, boilerplate, ingested_at) VALUES (?, ?, NULL, ?, NULL, ?, NULL, 'jsonl', ?, '[]', '2026-01-01T00:00:00Z')");
  const insertEvent = db.prepare(`INSERT INTO events (source_code, target_code, source_root, target_root, source_country, target_country, cameo, cameo_family, cameo_root, quad_class, goldstein,
      plover_type, modality, claim, day, date, country, lat, lon, geocoded, confidence, num_mentions, num_articles, num_sources, place, first_article)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'asserted', 'factual', ?, ?, ?, ?, ?, 1, ?, 1, 1, 1, ?, ?)`);
  const insertRecord = db.prepare('INSERT INTO event_records (event_id, record) VALUES (?, ?)');
  db.transaction(() => {
    for (let a = 1; a <= articles; a++) insertArticle.run(a, `gen-${a}`, `hash-${a}`, `Outlet ${a % 40}`, `Generated article ${a}.`);
  })();
  const batch = 50_000;
  for (let done = 0; done < count; done += batch) {
    db.transaction(() => {
      for (let i = done; i < Math.min(count, done + batch); i++) {
        const s = countries[skewed(countries.length)];
        let t = countries[skewed(countries.length)];
        if (t === s) t = countries[(countries.indexOf(s) + 1 + Math.floor(rand() * 5)) % countries.length];
        const sc = s + roles[Math.floor(rand() * roles.length)];
        const tc = t + roles[Math.floor(rand() * roles.length)];
        const code = codes[Math.floor(rand() * codes.length)];
        const day = first + Math.floor(rand() * span);
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const p = rand() < 0.7 ? places[Math.floor(rand() * places.length)] : null;
        const lat = p ? p[2] + (rand() - 0.5) : null;
        const lon = p ? p[3] + (rand() - 0.5) : null;
        const confidence = Math.round(rand() * 100) / 100;
        const plover = ontology.ploverOf(code.code);
        const rec: EventRecord = {
          id: `gen${i}`, doc_id: `gen-${1 + (i % articles)}`, sentence: i % 12,
          source: { code: sc, country: s, roles: sc.length > 3 ? [sc.slice(3)] : [], name: null, text: s, span: [0, 3] },
          target: { code: tc, country: t, roles: tc.length > 3 ? [tc.slice(3)] : [], name: null, text: t, span: [10, 13] },
          cameo: code.code, cameo_root: code.root, quad_class: code.quadClass, goldstein: code.goldstein, plover,
          date: { value: date, precision: 'day', basis: 'explicit' },
          location: p && { name: p[0], country: p[1], lat, lon, geonames_id: 1000 + places.indexOf(p) },
          modality: 'asserted', confidence, evidence: { text: `Generated sentence ${i} about ${s} and ${t}.`, span: [0, 40] },
        };
        insertEvent.run(sc, tc, s, t, s, t, code.code, code.code.slice(0, 3), code.root, code.quadClass, code.goldstein, plover?.type ?? null,
          day, date, p ? p[1] : null, lat, lon, confidence, p ? p[0] : null, 1 + (i % articles));
        insertRecord.run(i + 1, JSON.stringify(rec));
      }
    })();
  }
  db.exec('ANALYZE');
}
