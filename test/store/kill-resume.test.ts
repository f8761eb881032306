import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeBenchCorpus } from '../../bench/make-corpus.js';

const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url));

/** Runs `parley ingest` in a child process (the compiled CLI: `npm test` builds it first). */
function ingest(db: string, input: string, onStart?: (kill: () => void) => void): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'ingest', '--db', db, '--batch', '5', input], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.resume();
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
    onStart?.(() => child.kill('SIGKILL'));
  });
}

/** Everything stored, except the clock: what two equivalent runs must agree on. */
function dump(db: string): unknown {
  const d = new Database(db, { readonly: true });
  try {
    return {
      articles: d.prepare('SELECT id, doc_id, url, content_hash, title, source, date, format, boilerplate FROM articles ORDER BY id').all(),
      layers: d.prepare('SELECT * FROM article_layers ORDER BY article_id').all(),
      events: d.prepare('SELECT * FROM events ORDER BY id').all(),
      mentions: d.prepare('SELECT * FROM mentions ORDER BY id').all(),
      fts: d.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'minister'").get(),
    };
  } finally {
    d.close();
  }
}

function storedArticles(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

describe('an ingest killed with kill -9', () => {
  it('resumes to exactly the store an uninterrupted run gives: nothing lost, nothing doubled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-kill-'));
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, makeBenchCorpus({ targetBytes: 300_000 }).join('\n') + '\n');

    const whole = join(dir, 'whole.db');
    expect(await ingest(whole, input)).toBe(0);
    const total = storedArticles(whole);
    expect(total).toBeGreaterThan(150);

    const killed = join(dir, 'killed.db');
    let storedAtKill = 0;
    const exit = await ingest(killed, input, (kill) => {
      const poll = setInterval(() => {
        storedAtKill = storedArticles(killed);
        if (storedAtKill >= 20) {
          clearInterval(poll);
          kill();
        }
      }, 20);
    });
    expect(exit).toBeNull();
    const afterKill = storedArticles(killed);
    expect(afterKill).toBeGreaterThan(0);
    expect(afterKill).toBeLessThan(total);

    expect(await ingest(killed, input)).toBe(0);
    expect(dump(killed)).toEqual(dump(whole));

    expect(await ingest(killed, input)).toBe(0);
    expect(storedArticles(killed)).toBe(total);
  }, 180_000);
});
