import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from './open-store.js';
import { MIGRATIONS } from './schema.js';
import { summariseStore } from './store-summary.js';

const DROPPED = ['actor_mentions_code'];

function tempPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'parley-lean-')), 'a.db');
}

const indexSql = (db: Database.Database, name: string) => (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").get(name) as { sql: string } | undefined)?.sql;

/** Stores an article and events with these (articles, mentions) counts, in id order. */
function storeEvents(store: Store, counts: readonly (readonly [number, number])[]): void {
  const db = store.db;
  db.prepare("INSERT INTO articles (id, doc_id, content_hash, format, text, boilerplate, ingested_at) VALUES (1, 'a', 'h', 'text', 'Iran met Iraq.', '[]', 'now')").run();
  const insert = db.prepare(`INSERT INTO events (source_code, target_code, source_root, target_root, cameo, cameo_family, cameo_root, quad_class, goldstein, modality, claim,
      day, geocoded, confidence, num_mentions, num_articles, num_sources, first_article)
    VALUES ('IRN', 'IRQ', 'IRN', 'IRQ', '040', '040', '04', 1, 1.0, 'asserted', 'factual', NULL, 0, 0.5, ?, ?, 1, 1)`);
  db.transaction(() => { for (const [articles, mentions] of counts) insert.run(mentions, articles); })();
}

/** The summary's most reported events as a full scan orders them. */
const scanned = (store: Store) => (store.db.prepare('SELECT id FROM events NOT INDEXED ORDER BY num_articles DESC, num_mentions DESC, id LIMIT 3').pluck().all() as number[]);

describe('schema 9: an index no query reads', () => {
  it.each(DROPPED)('a new store has no %s', (name) => {
    const store = openStore(tempPath());
    expect(indexSql(store.db, name)).toBeUndefined();
    store.close();
  });

  it('migrating a schema 8 store drops them and keeps the summary index for events reported more than once', () => {
    const path = tempPath();
    const db = new Database(path);
    for (const m of MIGRATIONS.filter((m) => m.version <= 8)) db.exec(m.sql);
    db.pragma('user_version = 8');
    for (const name of DROPPED) expect(indexSql(db, name)).toBeDefined();
    db.close();
    const store = openStore(path);
    for (const name of DROPPED) expect(indexSql(store.db, name)).toBeUndefined();
    expect(indexSql(store.db, 'events_reported')).toContain('WHERE num_mentions > 1');
    store.close();
  });
});

describe("the summary's merged and most reported events", () => {
  it.each([
    ['no event reported twice', [[1, 1], [1, 1], [1, 1], [1, 1]]],
    ['one event with two mentions of one article', [[1, 1], [1, 2], [1, 1], [1, 1]]],
    ['two merged events and one with two mentions', [[1, 1], [2, 2], [1, 2], [1, 1], [3, 5]]],
    ['four merged events', [[2, 2], [2, 3], [3, 3], [2, 2]]],
    ['fewer than three events', [[1, 1], [2, 2]]],
  ] as const)('ranks them as a full scan does, with %s', (_, counts) => {
    const store = openStore(tempPath());
    storeEvents(store, counts);
    const summary = summariseStore(store);
    expect(summary.mostReported).toEqual(scanned(store));
    expect(summary.merged).toBe(counts.filter(([articles]) => articles > 1).length);
    store.close();
  });
});
