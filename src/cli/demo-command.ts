import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { EventRecord } from '../core/event-record.js';
import { projectDataDir } from '../lexicon/data-dir.js';
import { openStore, type Store } from '../store/open-store.js';
import { mentionRecordSql } from '../store/mention-record.js';
import { summariseStore, type StoreSummary } from '../store/store-summary.js';
import type { Coder } from './coder.js';
import { ingestInputs } from './ingest-run.js';
import { serveCommand } from './serve-command.js';
import type { CommandIo } from './io.js';
import { clip } from './text-layout.js';

export const DEMO_USAGE = `usage: parley demo [--db FILE] [--port N] [--no-serve]
Ingests the built-in demo corpus (data/demo/: team-written wire stories from several outlets)
into a store (default ./parley-demo.db), prints what is in it, then serves the dashboard over it
(as parley serve, read-only, on --port, default 8080) until Ctrl-C. --no-serve stops after the
summary. Run it again and nothing is added twice.`;

/** `parley demo`: the quick start's command. */
export async function demoCommand(argv: readonly string[], io: CommandIo, makeCoder: () => Coder): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { db: { type: 'string', default: 'parley-demo.db' }, port: { type: 'string', default: '8080' }, 'no-serve': { type: 'boolean', default: false } },
  });
  const dir = join(projectDataDir(), 'demo');
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
  const db = values.db as string;
  const store = openStore(db);
  let status: number;
  try {
    const coder = makeCoder();
    const report = await ingestInputs(files, store, coder, io);
    const w = (line = '') => io.stdout.write(`${line}\n`);
    w(`Parley demo: ${files.length} files of team-written wire stories in ${relative(process.cwd(), dir) || dir}`);
    w(`  this run: ${report.stored} articles coded and stored, ${report.skipped} already in the store, ${report.bad} bad inputs`);
    w();
    printSummary(w, summariseStore(store), store, (code) => coder.ontology.cameo(code).name);
    w();
    w(`The store is ${db}. Try:`);
    w(`  npx parley query --db ${db} --dyad USA,IRN`);
    w(`  npx parley query --db ${db} --root 19 --per month`);
    w(`  npx parley export --db ${db} --format gdelt --out events.tsv`);
    if (!values['no-serve']) w('The dashboard over it (Ctrl-C stops it):');
    status = report.bad > 0 ? 1 : 0;
  } finally {
    store.close();
  }
  if (values['no-serve']) return status;
  const served = await serveCommand(['--db', db, '--port', values.port as string], io, makeCoder);
  return Math.max(status, served);
}

function printSummary(w: (line?: string) => void, s: StoreSummary, store: Store, nameOf: (code: string) => string): void {
  w(`Store: ${s.articles} articles from ${s.outlets} outlets, ${s.firstDate ?? '?'} to ${s.lastDate ?? '?'}`);
  w(`       ${s.events} events from ${s.mentions} mentions; ${s.merged} events are reported by more than one article`);
  w();
  w('Events by CAMEO root:');
  for (const r of s.byRoot) w(`  ${r.root}  ${nameOf(r.root).padEnd(36)} ${String(r.events).padStart(5)}`);
  w();
  w('Events by month:');
  for (const m of s.byMonth) w(`  ${m.month}  ${String(m.events).padStart(5)}`);
  w();
  w('Busiest dyads (events, Goldstein sum):');
  for (const d of s.topDyads) w(`  ${`${d.source} -> ${d.target}`.padEnd(26)} ${String(d.events).padStart(4)}  ${d.goldstein.toFixed(1).padStart(7)}`);
  w();
  w('Places with most events:');
  for (const p of s.topPlaces) w(`  ${`${p.place} (${p.country})`.padEnd(30)} ${String(p.events).padStart(4)}`);
  w();
  w('Most reported events, with their evidence:');
  const event = store.db.prepare<[number], { record: string; num_mentions: number; num_articles: number }>('SELECT r.record, e.num_mentions, e.num_articles FROM events e JOIN event_records r ON r.event_id = e.id WHERE e.id = ?');
  const mentions = store.db.prepare<[number], { record: string; source: string | null; doc_id: string }>(
    `SELECT ${mentionRecordSql('m')} AS record, a.source, a.doc_id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY m.id LIMIT 4`);
  for (const id of s.mostReported) {
    const e = event.get(id);
    if (!e) continue;
    const r = JSON.parse(e.record) as EventRecord;
    w(`  ${r.date.value ?? '????-??-??'}  ${r.source?.code ?? '?'} -> ${r.target?.code ?? '?'}  ${r.cameo} ${nameOf(r.cameo)}${r.location ? ` @ ${r.location.name}` : ''}  (${e.num_articles} articles, ${e.num_mentions} mentions)`);
    for (const m of mentions.all(id)) {
      const mr = JSON.parse(m.record) as EventRecord;
      w(`      ${(m.source ?? m.doc_id).padEnd(16)} "${clip(mr.evidence.text, 90)}"`);
    }
  }
}
