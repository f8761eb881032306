import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import { errorOf } from '../core/error-of.test-helper.js';

function tempPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'parley-store-')), 'a.db');
}


describe('opening a store', () => {
  it('creates a new store at the current schema version', () => {
    const path = tempPath();
    openStore(path).close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'events'").get()).toBeTruthy();
    db.close();
  });

  it('opens an existing store again without migrating it twice', () => {
    const path = tempPath();
    openStore(path).close();
    expect(() => openStore(path).close()).not.toThrow();
  });

  it('migrates a store of schema version 1 forward, keeping what it holds', () => {
    const path = tempPath();
    const db = new Database(path);
    db.exec(MIGRATIONS[0].sql);
    db.pragma('user_version = 1');
    db.prepare("INSERT INTO articles (doc_id, content_hash, format, text, boilerplate, ingested_at) VALUES ('a', 'h', 'text', 'Iran met Iraq.', '[]', 'now')").run();
    db.close();
    const store = openStore(path);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.db.prepare('SELECT doc_id FROM articles').all()).toEqual([{ doc_id: 'a' }]);
    expect(store.db.prepare('SELECT count(*) AS n FROM article_layers').get()).toEqual({ n: 1 });
    const timeline = store.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'events_dyad_timeline'").get() as { sql: string };
    expect(timeline.sql).toContain('quad_class');
    store.close();
  });

  it('refuses a store written by a newer Parley, naming the file', () => {
    const path = tempPath();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const e = errorOf(() => openStore(path));
    expect(e.code).toBe('STORE_VERSION');
    expect(e.oneLine()).toContain(path);
  });

  it('refuses an SQLite file that is not a Parley store', () => {
    const path = tempPath();
    const db = new Database(path);
    db.exec('CREATE TABLE recipes (name TEXT)');
    db.close();
    expect(errorOf(() => openStore(path)).code).toBe('STORE_INVALID');
  });

  it('refuses a file that is not SQLite at all', async () => {
    const path = tempPath();
    (await import('node:fs')).writeFileSync(path, 'just some text, not a database\n'.repeat(100));
    expect(errorOf(() => openStore(path)).code).toBe('STORE_INVALID');
  });

  it('gives each connection a 64 MB page cache, writable or read-only (SQLite keeps 2 MB by default)', () => {
    const path = tempPath();
    const writable = openStore(path);
    expect(writable.db.pragma('cache_size', { simple: true })).toBe(-65536);
    writable.close();
    const readonly = openStore(path, { readonly: true });
    expect(readonly.db.pragma('cache_size', { simple: true })).toBe(-65536);
    readonly.close();
  });

  it('opens read-only stores without creating missing ones', () => {
    expect(errorOf(() => openStore(join(tmpdir(), 'parley-missing-store.db'), { readonly: true })).code).toBe('STORE_INVALID');
  });
});
