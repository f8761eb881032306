import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi, type ApiOptions } from '../../src/server/create-api.js';
import type { Store } from '../../src/store/open-store.js';
import { runCli } from '../cli/run-cli.js';

const DEMO = fileURLToPath(new URL('../../data/demo/middle-east-2015.jsonl', import.meta.url));

/**
 * A store file built by `parley ingest` (the real coder) from the first `count` team-written
 * demo articles; each call builds a fresh one in a temp folder.
 */
export async function buildSampleStore(count = 12): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-server-'));
  const input = join(dir, 'articles.jsonl');
  writeFileSync(input, readFileSync(DEMO, 'utf8').split('\n').filter((l) => l.trim()).slice(0, count).join('\n') + '\n');
  const db = join(dir, 'events.db');
  // Small batches, so that mentions also merge into events an earlier transaction stored (the rollups' triggers).
  const run = await runCli(['ingest', '--db', db, '--batch', '25', input]);
  if (run.code !== 0) throw new Error(`ingest failed: ${run.stderr}`);
  return db;
}

/** A copy of a store file, so that a test that writes leaves the others' store as it was. */
export function copyStore(db: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'parley-server-')), 'copy.db');
  // The ingest closed its store, so the file holds everything (SQLite folds the write-ahead log in on close).
  copyFileSync(db, copy);
  return copy;
}

/** Row counts of every table: what a request that must change nothing leaves equal. */
export function tableCounts(store: Store): Record<string, number> {
  const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts_%' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (store.db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** The app and a JSON getter over it. */
export function apiOver(options: ApiOptions): { app: ReturnType<typeof createApi>; get: (path: string) => Promise<{ status: number; body: Json }> } {
  const app = createApi(options);
  return {
    app,
    get: async (path: string) => {
      const res = await app.request(path);
      return { status: res.status, body: await res.json() };
    },
  };
}
