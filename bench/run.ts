/**
 * `npm run bench`: codes a fixed corpus built from team-written articles (bench/make-corpus.ts)
 * on one core and reports per-stage throughput, the whole path in sentences/s and MB/s, and peak
 * memory, beside wink-nlp's own tokenise+POS pass over the same texts. Then it codes a 50 MB
 * JSONL file through `parley code` in a child process and reports that process's peak memory.
 * Speed is measured here, never asserted in tests.
 *
 * Every pass is timed twice: wall clock, and the process's CPU time (user + system). Pin the run
 * to one core (`taskset -c 0 npm run bench`) and CPU time is the time of that one core, which
 * stays honest on a busy machine where wall time does not.
 *
 * The path codes the corpus BENCH_PASSES times (default 4): the first pass is cold (V8 compiles the
 * code, the word memos fill), the rest are the steady state of a long run, and their median is the
 * headline, with the best, the slowest and the cold pass beside it.
 *
 * Environment: BENCH_MB (default 5) sets the corpus size in MB of article text; BENCH_PASSES (at
 * least 2) the passes; BENCH_SKIP_STREAM=1 skips the 50 MB streaming run; BENCH_STREAM_MB (default
 * 50) sets its size.
 */
import { batchesOf, CODING_BATCH } from '../src/cli/batches.js';
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createCoder } from '../src/cli/coder.js';
import { createDocument, layer, metaFor, type ParleyDocument } from '../src/core/document.js';
import { ParleyError } from '../src/core/errors.js';
import { eventLines } from '../src/output/event-json.js';
import { toEventRecords } from '../src/output/event-records.js';
import { findProjectRoot, makeBenchCorpus } from './make-corpus.js';

process.env.TZ = 'UTC';
const MIB = 1024 * 1024;
/** The V8 heap flags of `bin/parley.js` (its shebang), given to the streaming child too. */
const CLI_NODE_FLAGS = ['--max-old-space-size=384', '--max-semi-space-size=32', '--heap-growing-percent=100'];
const root = findProjectRoot();
const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });

/** Wall and CPU milliseconds of one pass. */
interface Spent {
  wall: number;
  cpu: number;
}
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

// The corpus: at least BENCH_MB MB of article text (the JSONL lines are a little larger).
const targetMb = Number(process.env.BENCH_MB ?? 5);
const records = takeText(makeBenchCorpus({ targetBytes: targetMb * MIB * 1.15 }), targetMb * MIB);
const bytes = records.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
const mb = bytes / MIB;
console.error(`corpus: ${records.length} articles, ${mb.toFixed(2)} MB of text`);

// Baselines over the same texts: wink-nlp's readDoc as shipped (its default pipe also runs
// negation, sentiment and named-entity recognition), and tokenise + POS alone (pipe sbd, pos).
// Each runs twice and the second (warm) pass is reported, as the path's warm passes are.
const baselines = [
  { name: 'wink-nlp readDoc, default pipe (baseline)', nlp: winkNLP(model) },
  { name: 'wink-nlp tokenise + POS only, pipe sbd,pos (baseline)', nlp: winkNLP(model, ['sbd', 'pos']) },
].map(({ name, nlp }) => {
  let found = 0;
  let spent: Spent = { wall: 0, cpu: 0 };
  for (let pass = 0; pass < 2; pass++) {
    found = 0;
    collect();
    spent = time(() => {
      for (const r of records) {
        const d = nlp.readDoc(r.text);
        d.tokens().out(nlp.its.pos);
        found += d.sentences().length();
      }
    });
  }
  console.error(`${name}: ${spent.wall.toFixed(0)} ms`);
  return { name, sentences: found, ...spent };
});

let coder!: ReturnType<typeof createCoder>;
const load = time(() => {
  coder = createCoder();
});

// The whole path, stage by stage: each stage of the coder's own pipeline, then output (event
// records and their JSON lines, as `parley code` writes them). Documents go through in the
// batches `parley code` makes (CODING_BATCH), stage by stage, as Pipeline.runBatch runs them.
// The corpus goes through BENCH_PASSES times: the first pass is cold (the JIT compiles, the word
// memos fill), the others are the steady state of a long run; the tables show the median warm pass.
const stageNames = [...coder.pipeline.stages.map((s) => s.name), 'output'];
const passCount = Math.max(2, Number(process.env.BENCH_PASSES ?? 4));
const passes: PathPass[] = [];
for (let p = 0; p < passCount; p++) {
  collect();
  passes.push(codePass());
  console.error(`whole path, pass ${p + 1} of ${passCount}: ${passes[p].whole.cpu.toFixed(0)} ms CPU`);
}
const cold = passes[0];
const warm = passes.slice(1).sort((a, b) => a.whole.cpu - b.whole.cpu);
const median = warm[Math.floor((warm.length - 1) / 2)];
const { sentences, allSentences, events, outputBytes } = median;
const stageSpent = median.stages;
const whole = median.whole;
const peakMb = process.resourceUsage().maxRSS / 1024;
// Coded sentences per MB of JSONL in the bench corpus, to read the streaming run's rate in sentences.
const sentencesPerJsonlMb = sentences / (records.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r)) + 1, 0) / MIB);
const stream = process.env.BENCH_SKIP_STREAM === '1' ? null : streamThroughCli(Number(process.env.BENCH_STREAM_MB ?? 50));

const rate = (n: number, ms: number): string => Math.round(n / (ms / 1000)).toLocaleString('en-US');
const mbps = (ms: number): string => (mb / (ms / 1000)).toFixed(2);
const stageSum = [...stageSpent.values()].reduce((n, s) => n + s.cpu, 0);
const rows = [
  '| pass | wall ms | CPU ms | sentences/s (CPU) | MB/s (CPU) | share of path (CPU) |',
  '|---|---:|---:|---:|---:|---:|',
  ...stageNames.map((name) => {
    const s = stageSpent.get(name) as Spent;
    return `| ${name} | ${s.wall.toFixed(0)} | ${s.cpu.toFixed(0)} | ${rate(sentences, s.cpu)} | ${mbps(s.cpu)} | ${((100 * s.cpu) / stageSum).toFixed(1)}% |`;
  }),
  `| **whole path** (median of ${warm.length} warm passes) | ${whole.wall.toFixed(0)} | ${whole.cpu.toFixed(0)} | **${rate(sentences, whole.cpu)}** | **${mbps(whole.cpu)}** | 100% |`,
  `| whole path, best warm pass | ${warm[0].whole.wall.toFixed(0)} | ${warm[0].whole.cpu.toFixed(0)} | ${rate(sentences, warm[0].whole.cpu)} | ${mbps(warm[0].whole.cpu)} | |`,
  `| whole path, slowest warm pass | ${warm[warm.length - 1].whole.wall.toFixed(0)} | ${warm[warm.length - 1].whole.cpu.toFixed(0)} | ${rate(sentences, warm[warm.length - 1].whole.cpu)} | ${mbps(warm[warm.length - 1].whole.cpu)} | |`,
  `| whole path, first (cold) pass | ${cold.whole.wall.toFixed(0)} | ${cold.whole.cpu.toFixed(0)} | ${rate(sentences, cold.whole.cpu)} | ${mbps(cold.whole.cpu)} | |`,
  ...baselines.map((b) =>
    `| ${b.name} | ${b.wall.toFixed(0)} | ${b.cpu.toFixed(0)} | ${rate(b.sentences, b.cpu)} (${rate(sentences, b.cpu)}) | ${mbps(b.cpu)} | ${((100 * b.cpu) / whole.cpu).toFixed(0)}% of path |`),
];

const cpuModel = cpus()[0]?.model ?? 'unknown';
const affinity = readAffinity();
const report = [
  `Date: ${new Date().toISOString().slice(0, 10)}. Node ${process.version}, ${cpuModel}; CPUs allowed: ${affinity}; load average at the end ${loadAverage()}.`,
  `Corpus: ${records.length.toLocaleString('en-US')} team-written articles (generated), ${mb.toFixed(2)} MB of text, ` +
    `${sentences.toLocaleString('en-US')} sentences coded (not boilerplate; ${allSentences.toLocaleString('en-US')} with boilerplate), ` +
    `${events.toLocaleString('en-US')} events, ${(outputBytes / MIB).toFixed(1)} MB of event JSONL.`,
  `wink-nlp finds ${baselines[0].sentences.toLocaleString('en-US')} sentences in the same texts; its sentences/s is over its own count, with ours (the coded sentences) in brackets.`,
  `Loading dictionaries, tables and models: ${load.wall.toFixed(0)} ms wall, ${load.cpu.toFixed(0)} ms CPU (not in the path figures).`,
  `Peak memory (max RSS) of the bench process, corpus, baseline and coder together: ${peakMb.toFixed(0)} MB.`,
  '',
  ...rows,
  '',
  stream
    ? `${stream.mb.toFixed(1)} MB JSONL (${stream.records.toLocaleString('en-US')} records) through \`parley code\` (child process, streaming, output to /dev/null): ` +
      `${stream.seconds.toFixed(1)} s wall, ${stream.cpuSeconds.toFixed(1)} s CPU (loading included), ${(stream.mb / stream.cpuSeconds).toFixed(2)} MB of JSONL/s over CPU ` +
      `(about ${rate(stream.mb * sentencesPerJsonlMb, stream.cpuSeconds * 1000)} sentences/s, at the bench corpus's ${Math.round(sentencesPerJsonlMb).toLocaleString('en-US')} coded sentences per MB of JSONL), peak memory ${stream.peak} MB. ` +
      `Start-up (\`parley code\` on the first article alone): ${stream.startCpuSeconds.toFixed(1)} s CPU; without it, the stream codes about ` +
      `${rate(stream.mb * sentencesPerJsonlMb, (stream.cpuSeconds - stream.startCpuSeconds) * 1000)} sentences/s.`
    : 'Streaming run skipped (BENCH_SKIP_STREAM=1).',
].join('\n');
console.log(report);
writeFileSync(join(outDir, 'results.md'), `${report}\n`);

function time(work: () => void): Spent {
  const w0 = performance.now();
  const c0 = cpuMs();
  work();
  return { wall: performance.now() - w0, cpu: cpuMs() - c0 };
}

/** One pass of the whole path over the corpus: time per stage and in all, and what it made. */
interface PathPass {
  stages: Map<string, Spent>;
  whole: Spent;
  sentences: number;
  allSentences: number;
  events: number;
  outputBytes: number;
}

/** Codes the corpus once, stage by stage over the CLI's batches, timing each stage. */
function codePass(): PathPass {
  const stages = new Map<string, Spent>(stageNames.map((n) => [n, { wall: 0, cpu: 0 }]));
  const add = (name: string, wall: number, cpu: number): void => {
    const s = stages.get(name) as Spent;
    s.wall += wall;
    s.cpu += cpu;
  };
  const made = { sentences: 0, allSentences: 0, events: 0, outputBytes: 0 };
  const whole = time(() => {
    for (const batch of batchesOf(records, (r) => r.text.length, CODING_BATCH)) {
      let docs: ParleyDocument[] = batch.map((r) => createDocument(metaFor(r.id, { date: r.date, format: 'jsonl' }), r.text));
      for (const stage of coder.pipeline.stages) {
        const w0 = performance.now();
        const c0 = cpuMs();
        docs = docs.map((d) => stage.run(d));
        add(stage.name, performance.now() - w0, cpuMs() - c0);
      }
      for (const doc of docs) {
        const w0 = performance.now();
        const c0 = cpuMs();
        const lines = eventLines(toEventRecords(doc, coder.ontology));
        add('output', performance.now() - w0, cpuMs() - c0);
        made.outputBytes += lines.length;
        const sents = layer(doc, 'sentences');
        made.allSentences += sents.length;
        made.sentences += sents.filter((s) => !s.boilerplate).length;
        made.events += layer(doc, 'events').length;
      }
    }
  });
  return { stages, whole, ...made };
}

/** The first records of `lines` whose texts reach `textBytes` UTF-8 bytes. */
function takeText(lines: readonly string[], textBytes: number): { id: string; text: string; date: string }[] {
  const taken: { id: string; text: string; date: string }[] = [];
  let n = 0;
  for (const line of lines) {
    if (n >= textBytes) break;
    const r = JSON.parse(line) as { id: string; text: string; date: string };
    taken.push(r);
    n += Buffer.byteLength(r.text);
  }
  return taken;
}

/**
 * Writes a `sizeMb` JSONL corpus and codes it with `parley code` in a child process (`runCli`);
 * codes its first article alone too, for the CLI's start-up cost.
 */
function streamThroughCli(sizeMb: number): { mb: number; records: number; seconds: number; cpuSeconds: number; peak: string; startCpuSeconds: number } {
  const bigPath = join(outDir, `corpus-${sizeMb}mb.jsonl`);
  const lines = makeBenchCorpus({ targetBytes: sizeMb * MIB });
  writeFileSync(bigPath, `${lines.join('\n')}\n`);
  const fileMb = Buffer.byteLength(readFileSync(bigPath)) / MIB;
  // Start-up (modules, dictionaries, tables, models) is a fixed cost: measured on one article alone.
  const onePath = join(outDir, 'corpus-one-article.jsonl');
  writeFileSync(onePath, `${lines[0]}\n`);
  const start = runCli(onePath);
  console.error(`streaming ${fileMb.toFixed(1)} MB through parley code ...`);
  const whole = runCli(bigPath);
  return { mb: fileMb, records: lines.length, seconds: whole.seconds, cpuSeconds: whole.cpuSeconds, peak: whole.peak, startCpuSeconds: start.cpuSeconds };
}

/**
 * Codes a JSONL file with `parley code` in a child process, output to /dev/null. The child is the
 * CLI of the same build as this module: `bin/parley.js` when the bench runs from `dist/`
 * (`npm run bench`), else `bench/parley-cli.js` beside this file (a private build such as
 * `.build-NAME/`), which does what `bin/parley.js` does with that build.
 */
function runCli(input: string): { seconds: number; cpuSeconds: number; peak: string } {
  const here = dirname(fileURLToPath(import.meta.url));
  const cli = dirname(here) === join(root, 'dist') ? join(root, 'bin', 'parley.js') : join(here, 'parley-cli.js');
  const t1 = performance.now();
  // The same heap flags as the shebang of bin/parley.js (which a direct `node bin/parley.js` skips).
  const child = spawnSync(process.execPath, [...CLI_NODE_FLAGS, cli, 'code', input, '--out', '/dev/null'], {
    env: { ...process.env, PARLEY_REPORT_MEMORY: '1' }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24,
  });
  const seconds = (performance.now() - t1) / 1000;
  const err = child.stderr?.toString() ?? '';
  if (child.status !== 0) {
    throw new ParleyError('STAGE_FAILED', `parley code exited with ${child.status ?? child.signal}: ${err.trim().split('\n').slice(-3).join(' | ')}`, { stage: 'bench', input });
  }
  const peak = /peak memory: (\d+) MB/.exec(err)?.[1] ?? '?';
  const cpu = Number(/CPU: (\d+) ms/.exec(err)?.[1] ?? NaN);
  return { seconds, cpuSeconds: cpu / 1000, peak };
}

function readAffinity(): string {
  try {
    const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith('Cpus_allowed_list:'));
    return line ? line.split(':')[1].trim() : 'unknown';
  } catch {
    return 'unknown';
  }
}

function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}
