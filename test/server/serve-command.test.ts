import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createIngester } from '../../src/store/ingest-documents.js';
import { openStore } from '../../src/store/open-store.js';
import { record, storyDoc } from '../store/records.js';
import { runCli } from '../cli/run-cli.js';

/** The compiled CLI (`npm test` builds it first); PARLEY_BIN points at another build. */
const BIN = process.env.PARLEY_BIN ?? fileURLToPath(new URL('../../bin/parley.js', import.meta.url));

function oneEventStore(): string {
  const db = join(mkdtempSync(join(tmpdir(), 'parley-serve-')), 'events.db');
  const store = openStore(db);
  const ing = createIngester(store, { now: () => '2015-03-02T00:00:00.000Z' });
  ing.add(storyDoc('a', 'US and Iranian envoys met in Baghdad.', { source: 'Wire One' }), [record('m1')]);
  ing.flush();
  store.close();
  return db;
}

/** The first line the server prints: its URL. */
function urlOf(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.on('exit', (code) => reject(new Error(`parley serve exited with ${code}: ${err}`)));
  });
}

/** The processes a process started (Linux /proc), e.g. a server's workers. */
function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

/** Bytes a process has written so far (to sockets too): what a worker that answers requests increases. */
function bytesWritten(pid: number): number {
  return Number(/wchar: (\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1]);
}

/** The first line the process prints that matches `re`. */
function lineMatching(child: ChildProcessWithoutNullStreams, re: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => re.test(l));
      if (line !== undefined) resolve(line);
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code} before printing a line matching ${re}`)));
  });
}

describe('parley demo', () => {
  it('builds the demo store, prints its summary, then serves the dashboard over it and prints the URL', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'parley-demo-serve-')), 'demo.db');
    const child = spawn(process.execPath, [BIN, 'demo', '--db', db, '--port', '0'], { stdio: 'pipe' });
    try {
      let printed = '';
      child.stdout.on('data', (d) => { printed += d; });
      const url = await lineMatching(child, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(printed).toMatch(/Events by CAMEO root:/);
      const summary = await fetch(`${url}api/summary`).then((r) => r.json()) as { articles: number };
      expect(summary.articles).toBeGreaterThanOrEqual(200);
      const page = await fetch(url);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 180_000);
});

describe('parley serve', () => {
  it('serves the API on a free port, prints its URL, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', oneEventStore(), '--port', '0', '--workers', '1'], { stdio: 'pipe' });
    try {
      const url = await urlOf(child);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const health = await fetch(`${url}api/health`);
      expect(await health.json()).toEqual({ status: 'ok', schema_version: SCHEMA_VERSION, writable: false });
      const openapi = await fetch(`${url}openapi.json`).then((r) => r.json()) as { openapi: string; paths: Record<string, unknown> };
      expect(openapi.openapi).toBe('3.0.3');
      expect(Object.keys(openapi.paths)).toContain('/api/events');
      const events = await fetch(`${url}api/events`).then((r) => r.json()) as { events: { id: string }[] };
      expect(events.events.map((e) => e.id)).toEqual(['m1']);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('serves from several workers on one port, each answering, and stops them all on SIGINT', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', oneEventStore(), '--port', '0', '--workers', '2'], { stdio: 'pipe' });
    try {
      const url = await urlOf(child);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const workers = childrenOf(child.pid as number);
      expect(workers).toHaveLength(2);
      const written = () => workers.map(bytesWritten);
      const before = written();
      // A new connection each time: the primary hands connections to the workers in turn.
      const answers = await Promise.all(Array.from({ length: 60 }, (_, i) =>
        fetch(`${url}api/events?limit=${1 + (i % 50)}`, { headers: { Connection: 'close' } }).then((r) => r.json()) as Promise<{ events: { id: string }[] }>));
      expect(answers.every((a) => a.events.map((e) => e.id).join() === 'm1')).toBe(true);
      const after = written();
      expect(after.every((bytes, i) => bytes > before[i])).toBe(true);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(workers.every((pid) => !existsSync(`/proc/${pid}`))).toBe(true);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('refuses a missing store, a bad port and a short token with one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-serve-'));
    expect(await runCli(['serve', '--db', join(dir, 'none.db')])).toMatchObject({ code: 2, stderr: expect.stringContaining('no store here') });
    expect(await runCli(['serve', '--db', oneEventStore(), '--port', '70000'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--port') });
    expect(await runCli(['serve', '--db', oneEventStore(), '--token', 'short'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--token') });
    expect(await runCli(['serve', '--db', oneEventStore(), '--workers', '0'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--workers') });
  });
});
