/**
 * Profiles the whole coding path (every stage, then event records as JSON lines) over a bench
 * corpus and prints where the time goes: self time by file and by function, and inclusive time by
 * function. Loading is left out: the profiler starts after the coder is built.
 *
 *   node dist/bench/profile.js [--mb 1] [--out bench/out/path.cpuprofile] [--top 25]
 *   node dist/bench/profile.js --summarise FILE.cpuprofile   (e.g. one written by `node --cpu-prof`)
 */
import { batchesOf, CODING_BATCH } from '../src/cli/batches.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCoder } from '../src/cli/coder.js';
import { createDocument, metaFor } from '../src/core/document.js';
import { ParleyError } from '../src/core/errors.js';
import { toEventRecords } from '../src/output/event-records.js';
import { findProjectRoot, makeBenchCorpus } from './make-corpus.js';

/** The part of a V8 CPU profile this summary reads. */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
    readonly hitCount?: number;
    readonly children?: readonly number[];
  }[];
  readonly samples: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

/** One line of a summary: a name, its sample share, its milliseconds. */
export interface ProfileLine {
  readonly name: string;
  readonly share: number;
  readonly ms: number;
}

/**
 * Self time by file, self time by function and inclusive time by function, largest first.
 * Files are shown relative to the project root, with the build folder (`dist/`, `.build-NAME/`)
 * dropped and node_modules shortened to the package.
 *
 * @example
 * summariseProfile(JSON.parse(readFileSync('x.cpuprofile', 'utf8')), '/work/main').selfByFile[0]
 * // { name: 'node_modules/wink-nlp', share: 0.31, ms: 812 }
 */
export function summariseProfile(profile: CpuProfile, root: string): { selfByFile: ProfileLine[]; selfByFunction: ProfileLine[]; inclusive: ProfileLine[]; totalMs: number } {
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const fileOf = (url: string): string => shortFile(url, root);
  const functionOf = (id: number): string => {
    const f = (byId.get(id) as CpuProfile['nodes'][number]).callFrame;
    return `${fileOf(f.url)}:${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`;
  };
  const selfFile = new Map<string, number>();
  const selfFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const id of profile.samples) {
    const f = (byId.get(id) as CpuProfile['nodes'][number]).callFrame;
    bump(selfFile, fileOf(f.url));
    bump(selfFunction, functionOf(id));
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(functionOf(at));
    for (const k of seen) bump(inclusive, k);
  }
  const n = profile.samples.length || 1;
  const lines = (m: Map<string, number>): ProfileLine[] =>
    [...m].sort((a, b) => b[1] - a[1]).map(([name, hits]) => ({ name, share: hits / n, ms: (hits / n) * totalMs }));
  return { selfByFile: lines(selfFile), selfByFunction: lines(selfFunction), inclusive: lines(inclusive), totalMs };
}

function shortFile(url: string, root: string): string {
  if (!url) return '(native / V8)';
  if (!url.startsWith('file://')) return url.startsWith('node:') ? 'node:internal' : url;
  const path = fileURLToPath(url);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return `node_modules/${pkg[1]}`;
  return relative(root, path).replace(/^(?:dist|\.build-[^/]+)\//, '').replace(/\.js$/, '.ts');
}

function printSummary(profile: CpuProfile, root: string, top: number): void {
  const s = summariseProfile(profile, root);
  const table = (title: string, lines: readonly ProfileLine[]) => [
    `\n${title}\n`,
    '| % | ms | where |',
    '|---:|---:|---|',
    ...lines.slice(0, top).map((l) => `| ${(100 * l.share).toFixed(1)} | ${l.ms.toFixed(0)} | \`${l.name}\` |`),
  ].join('\n');
  console.log(`profile: ${s.totalMs.toFixed(0)} ms, ${profile.samples.length} samples`);
  console.log(table('Self time by file', s.selfByFile));
  console.log(table('Self time by function (file:function:line)', s.selfByFunction));
  console.log(table('Inclusive time by function', s.inclusive));
}

async function profileWholePath(mb: number, out: string): Promise<CpuProfile> {
  const records = makeBenchCorpus({ targetBytes: mb * 1024 * 1024 }).map((l) => JSON.parse(l) as { id: string; text: string; date: string });
  const coder = createCoder();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  let outChars = 0;
  // In the CLI's batches, stage by stage.
  for (const batch of batchesOf(records, (r) => r.text.length, CODING_BATCH)) {
    const docs = batch.map((r) => createDocument(metaFor(r.id, { date: r.date, format: 'jsonl' }), r.text));
    for (const doc of coder.analyseBatch(docs)) {
      if (doc instanceof ParleyError) throw doc;
      outChars += toEventRecords(doc, coder.ontology).map((e) => `${JSON.stringify(e)}\n`).join('').length;
    }
  }
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(profile));
  console.error(`profiled ${records.length} articles (${outChars} characters of event JSONL) -> ${out}`);
  return profile as unknown as CpuProfile;
}

function option(argv: readonly string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (value === undefined) throw new ParleyError('USAGE', `${flag} needs a value`, { stage: 'bench' });
  return value;
}

const argv = process.argv.slice(2);
const root = findProjectRoot();
const top = Number(option(argv, '--top') ?? 25);
const given = option(argv, '--summarise');
if (given !== undefined) {
  printSummary(JSON.parse(readFileSync(resolve(given), 'utf8')) as CpuProfile, root, top);
} else {
  process.env.TZ = 'UTC';
  const out = resolve(option(argv, '--out') ?? join(root, 'bench', 'out', 'path.cpuprofile'));
  printSummary(await profileWholePath(Number(option(argv, '--mb') ?? 1), out), root, top);
}
