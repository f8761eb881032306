import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseCache } from '../../src/server/response-cache.js';
import { createIngester } from '../../src/store/ingest-documents.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { record, storyDoc } from '../store/records.js';
import { apiOver, buildSampleStore, copyStore } from './sample-store.js';

let sample: string;
beforeAll(async () => {
  sample = await buildSampleStore(6);
}, 120_000);

/** An app whose one endpoint counts how often it really ran, behind the cache. */
function countingApp(store: Store, options: Parameters<typeof responseCache>[1] = {}) {
  let runs = 0;
  const app = new Hono();
  app.use('/api/*', responseCache(store, options));
  app.get('/api/n', (c) => c.json({ run: ++runs, q: c.req.query('q') ?? null }));
  app.get('/api/fails', (c) => c.json({ run: ++runs }, 400));
  app.get('/api/health', (c) => c.json({ run: ++runs }));
  const get = async (path: string) => (await app.request(path)).json() as Promise<{ run: number }>;
  return { get, runs: () => runs };
}

describe('the response cache', () => {
  let store: Store;
  let writer: Store;
  beforeAll(() => {
    const db = copyStore(sample);
    store = openStore(db, { readonly: true });
    writer = openStore(db);
  });
  afterAll(() => {
    store.close();
    writer.close();
  });

  it('answers a repeated request from memory, whatever the order of its parameters', async () => {
    const app = countingApp(store);
    expect(await app.get('/api/n?a=1&b=2')).toEqual({ run: 1, q: null });
    expect(await app.get('/api/n?a=1&b=2')).toEqual({ run: 1, q: null });
    expect(await app.get('/api/n?b=2&a=1')).toEqual({ run: 1, q: null });
    expect(await app.get('/api/n?a=1&b=3')).toEqual({ run: 2, q: null });
  });

  it('keeps neither failures nor the health check', async () => {
    const app = countingApp(store);
    await app.get('/api/fails');
    await app.get('/api/fails');
    await app.get('/api/health');
    await app.get('/api/health');
    expect(app.runs()).toBe(4);
  });

  it('drops the least recently used body past its bound', async () => {
    const app = countingApp(store, { maxEntries: 2 });
    await app.get('/api/n?q=a');
    await app.get('/api/n?q=b');
    await app.get('/api/n?q=a');
    await app.get('/api/n?q=c');
    expect(app.runs()).toBe(3);
    await app.get('/api/n?q=a');
    expect(app.runs()).toBe(3);
    await app.get('/api/n?q=b');
    expect(app.runs()).toBe(4);
  });

  it('forgets everything when another connection commits to the store', async () => {
    const app = countingApp(store);
    await app.get('/api/n?q=x');
    await app.get('/api/n?q=x');
    expect(app.runs()).toBe(1);
    writer.db.prepare("UPDATE articles SET title = coalesce(title, '') || '!' WHERE id = 1").run();
    await app.get('/api/n?q=x');
    expect(app.runs()).toBe(2);
  });
});

describe('the API behind its cache, with parley ingest writing beside it', () => {
  it('shows an event stored by another connection on the next request', async () => {
    const db = copyStore(sample);
    const store = openStore(db, { readonly: true });
    const { get } = apiOver({ db: store });
    const path = '/api/events?dyad=USA,IRN&limit=1000';
    const timelinePath = '/api/timeline?dyad=USA,IRN&per=month';
    const before = (await get(path)).body.events.length;
    const timelineBefore = (await get(timelinePath)).body.timeline;
    expect((await get(path)).body.events.length).toBe(before);

    const writer = openStore(db);
    const ingester = createIngester(writer, { now: () => '2026-11-28T00:00:00.000Z' });
    ingester.add(storyDoc('cache-test', 'US and Iranian envoys met again, in a new story.', { source: 'Cache Wire', date: '2030-01-02' }),
      [record('cache-m1', { date: { value: '2030-01-02', precision: 'day', basis: 'explicit' } })]);
    ingester.flush();
    writer.close();

    expect((await get(path)).body.events.length).toBe(before + 1);
    const timelineAfter = (await get(timelinePath)).body.timeline;
    expect(timelineAfter.slice(0, timelineBefore.length)).toEqual(timelineBefore);
    expect(timelineAfter.at(-1)).toMatchObject({ period: '2030-01', events: 1, mentions: 1 });
    store.close();
  });
});
