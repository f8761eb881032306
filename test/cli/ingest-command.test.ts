import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const STORY_A = 'Ministers meet in Amman\n\nAMMAN, June 3 (Wire) - Jordanian Foreign Minister Ayman Safadi met Iraqi officials in Amman on Monday to discuss border security.\n';
const STORY_B = 'Iraq accuses Syria\n\nBAGHDAD, June 4 (Wire) - Iraq accused Syrian militias of smuggling weapons across the frontier on Tuesday, a ministry spokesman said.\n';

function count(db: string, table: string): number {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    d.close();
  }
}

describe('parley ingest', () => {
  it('stores the good inputs, reports each bad one on a line naming it, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
    const db = join(dir, 'events.db');
    writeFileSync(join(dir, 'feed.jsonl'), [
      JSON.stringify({ id: 'a', text: STORY_A, date: '2019-06-04', source: 'Wire One' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'b', text: STORY_B, date: '2019-06-05', source: 'Wire Two' }),
    ].join('\n') + '\n');
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'crawl.warc.gz'), gzipSync(Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: oops\r\n\r\n')));
    const { code, stderr } = await runCli(['ingest', '--db', db, join(dir, 'feed.jsonl'), join(dir, 'photo.txt'), join(dir, 'crawl.warc.gz'), join(dir, 'missing.txt')]);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines.some((l) => l.includes('feed.jsonl:2'))).toBe(true);
    expect(lines.some((l) => l.includes('photo.txt') && l.includes('INPUT_BINARY'))).toBe(true);
    expect(lines.some((l) => l.includes('crawl.warc.gz'))).toBe(true);
    expect(lines.some((l) => l.includes('missing.txt'))).toBe(true);
    expect(lines.at(-1)).toMatch(/2 articles stored, 0 already there, \d+ event mentions/);
    expect(count(db, 'articles')).toBe(2);
    expect(count(db, 'events')).toBeGreaterThan(0);
  });

  it('adds nothing when the same input is ingested again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
    const db = join(dir, 'events.db');
    const input = join(dir, 'a.txt');
    writeFileSync(input, STORY_A);
    expect((await runCli(['ingest', '--db', db, '--date', '2019-06-04', input])).code).toBe(0);
    const events = count(db, 'events');
    const mentions = count(db, 'mentions');
    const again = await runCli(['ingest', '--db', db, '--date', '2019-06-04', input]);
    expect(again.stderr).toMatch(/0 articles stored, 1 already there/);
    expect([count(db, 'articles'), count(db, 'events'), count(db, 'mentions')]).toEqual([1, events, mentions]);
  });

  it('refuses to run without an input, and a store that is not a store, with one line', async () => {
    expect((await runCli(['ingest', '--db', join(tmpdir(), 'x.db')])).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
    const notDb = join(dir, 'notes.db');
    writeFileSync(notDb, 'plain text, not a database\n'.repeat(50));
    writeFileSync(join(dir, 'a.txt'), STORY_A);
    const r = await runCli(['ingest', '--db', notDb, join(dir, 'a.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('STORE_INVALID');
  });
});
