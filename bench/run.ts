/**
 * `npm run bench`: codes a fixed corpus built from team-written articles (bench/make-corpus.ts)
 * on one core and reports per-stage throughput, the whole path in sentences/s and MB/s, and peak
 * memory, beside wink-nlp's own tokenise+POS pass over the same texts. Then it codes a 50 MB
 * JSONL file through `parley code` in a child process and reports that process's peak memory.
 * Speed is measured here, never asserted in tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createCoder } from '../src/cli/coder.js';
import { createDocument, layer, metaFor } from '../src/core/document.js';
import type { StageTimings } from '../src/core/pipeline.js';
import { findProjectRoot, makeBenchCorpus } from './make-corpus.js';

process.env.TZ = 'UTC';
const root = findProjectRoot();
const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });

const targetMb = Number(process.env.BENCH_MB ?? 5);
const lines = makeBenchCorpus({ targetBytes: targetMb * 1024 * 1024 });
const records = lines.map((l) => JSON.parse(l) as { id: string; text: string; date: string });
const bytes = records.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
const mb = bytes / (1024 * 1024);
console.log(`corpus: ${records.length} articles, ${mb.toFixed(1)} MB of text`);

// Baseline: wink-nlp tokenise + POS over the same texts.
const nlp = winkNLP(model);
const its = nlp.its;
let t0 = performance.now();
let baselineSentences = 0;
for (const r of records) {
  const d = nlp.readDoc(r.text);
  d.tokens().out(its.pos);
  baselineSentences += d.sentences().length();
}
const baselineMs = performance.now() - t0;

t0 = performance.now();
const coder = createCoder();
const loadMs = performance.now() - t0;

const timings: StageTimings = new Map();
let sentences = 0;
let events = 0;
t0 = performance.now();
for (const r of records) {
  const doc = coder.analyse(createDocument(metaFor(r.id, { date: r.date, format: 'jsonl' }), r.text), timings);
  sentences += layer(doc, 'sentences').filter((s) => !s.boilerplate).length;
  events += layer(doc, 'events').length;
}
const totalMs = performance.now() - t0;
const peakMb = process.resourceUsage().maxRSS / 1024;

const rows: string[] = [];
const row = (name: string, ms: number, n: number) =>
  rows.push(`| ${name} | ${ms.toFixed(0)} | ${Math.round(n / (ms / 1000)).toLocaleString('en-US')} | ${(mb / (ms / 1000)).toFixed(2)} |`);
row('wink-nlp tokenise + POS (baseline)', baselineMs, baselineSentences);
for (const [name, ms] of timings) row(`stage: ${name}`, ms, sentences);
row('**whole path**', totalMs, sentences);

let streamLine = '';
if (process.env.BENCH_SKIP_STREAM !== '1') {
  const bigPath = join(outDir, 'corpus-50mb.jsonl');
  writeFileSync(bigPath, `${makeBenchCorpus({ targetBytes: 50 * 1024 * 1024 }).join('\n')}\n`);
  const t1 = performance.now();
  const err = execFileSync(process.execPath, [join(root, 'bin', 'parley.js'), 'code', bigPath, '--out', '/dev/null'], {
    env: { ...process.env, PARLEY_REPORT_MEMORY: '1' }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24,
  }).toString();
  const seconds = (performance.now() - t1) / 1000;
  const peak = /peak memory: (\d+) MB/.exec(err)?.[1] ?? '?';
  streamLine = `50 MB JSONL through \`parley code\` (a child process, streaming): ${seconds.toFixed(1)} s, peak memory ${peak} MB`;
}

const report = [
  `Corpus: ${records.length} team-written articles (generated), ${mb.toFixed(1)} MB, ${sentences.toLocaleString('en-US')} sentences; ${events.toLocaleString('en-US')} events.`,
  `Loading dictionaries, tables and models: ${loadMs.toFixed(0)} ms. Peak memory of the bench process: ${peakMb.toFixed(0)} MB.`,
  '',
  '| pass | ms | sentences/s | MB/s |',
  '|---|---:|---:|---:|',
  ...rows,
  '',
  streamLine,
].join('\n');
console.log(report);
writeFileSync(join(outDir, 'results.md'), `${report}\n`);
