import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIngester } from '../../src/store/ingest-documents.js';
import { aggregateRollupsAnswer } from '../../src/store/aggregate-counts.js';
import { AGGREGATE_ROLLUPS_SQL, rebuildAggregateRollups } from '../../src/store/aggregate-rollups.js';
import { deferRollups } from '../../src/store/rollup-deferral.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { summariseStore } from '../../src/store/store-summary.js';
import { apiOver, buildSampleStore, copyStore, type Json } from '../server/sample-store.js';
import { actor, record, storyDoc } from './records.js';

/** Every aggregate rollup row (integer sums: exact in any order). */
function aggregateRows(store: Store): unknown[] {
  return [...store.db.prepare('SELECT * FROM aggregate_rollups ORDER BY aggregate, grain, period, quad_class, k1, k2').all(),
    ...store.db.prepare('SELECT * FROM dyad_codes ORDER BY source_code, target_code').all()];
}

/** What the rollups hold after a rebuild from the events table (the store is left as it was). */
function rebuiltRows(store: Store): unknown[] {
  let rows: unknown[] = [];
  const check = store.db.transaction(() => {
    rebuildAggregateRollups(store.db);
    rows = aggregateRows(store);
    throw new Error('roll back');
  });
  expect(() => check()).toThrow('roll back');
  return rows;
}

/** The summary as the scans of the events table gave it before the rollups (the reference). */
function scannedSummary(store: Store, top = 8): unknown {
  const db = store.db;
  const one = <T>(sql: string) => db.prepare(sql).get() as T;
  const articles = one<{ n: number; outlets: number; first: string | null; last: string | null }>(
    'SELECT count(*) AS n, count(DISTINCT source) AS outlets, min(date) AS first, max(date) AS last FROM articles');
  const events = one<{ n: number; merged: number }>('SELECT count(*) AS n, coalesce(sum(num_articles > 1), 0) AS merged FROM events NOT INDEXED');
  return {
    articles: articles.n, outlets: articles.outlets, firstDate: articles.first, lastDate: articles.last, events: events.n,
    mentions: one<{ n: number }>('SELECT count(*) AS n FROM mentions').n,
    merged: events.merged,
    byRoot: db.prepare('SELECT cameo_root AS root, count(*) AS events FROM events GROUP BY 1 ORDER BY 1').all(),
    byMonth: db.prepare("SELECT strftime('%Y-%m', day * 86400, 'unixepoch') AS month, count(*) AS events FROM events WHERE day IS NOT NULL GROUP BY 1 ORDER BY 1").all(),
    topDyads: db.prepare(`SELECT source_code AS source, target_code AS target, count(*) AS events, round(sum(goldstein), 1) AS goldstein FROM events
      WHERE source_code <> '' AND target_code <> '' AND substr(source_code, 1, 3) <> substr(target_code, 1, 3) GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?`).all(top),
    topPlaces: db.prepare(`SELECT place, country, count(*) AS events FROM events
      WHERE country IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?`).all(top),
    mostReported: (db.prepare('SELECT id FROM events NOT INDEXED ORDER BY num_articles DESC, num_mentions DESC, id LIMIT 3').all() as { id: number }[]).map((r) => r.id),
  };
}

/** Windows with partial months at their edges, whole months, one partial month, an open end each side, an empty one. */
const WINDOWS: readonly string[] = ['', 'from=2015-02-01', 'to=2015-03-31', 'from=2015-01-17&to=2015-03-09', 'from=2015-02-03&to=2015-02-20',
  'from=2015-03-01&to=2015-03-31', 'from=2015-01-31&to=2015-02-01', 'from=2015-03-09&to=2015-01-17'];
const QUADS: readonly string[] = ['', 'quad=1', 'quad=2', 'quad=3', 'quad=4'];
const ENDPOINTS: readonly string[] = ['/api/dyads?limit=1000', '/api/dyads?limit=4', '/api/actors?limit=1000', '/api/actors?limit=7', '/api/dyads?level=country&limit=1000', '/api/dyads?level=country&limit=5',
  '/api/places?limit=1000', '/api/places?limit=3', '/api/codes?level=code', '/api/codes?level=root'];

describe('aggregate rollups on a store built by parley ingest (with merged mentions)', () => {
  let store: Store;
  let api: ReturnType<typeof apiOver>;
  beforeAll(async () => {
    store = openStore(await buildSampleStore(80));
    api = apiOver({ db: store, cache: false });
  }, 180_000);
  afterAll(() => store.close());

  it('is a store with merged mentions, undated events and places with and without coordinates', () => {
    const n = (sql: string) => (store.db.prepare(sql).get() as { n: number }).n;
    expect(n('SELECT count(*) AS n FROM events WHERE num_articles > 1')).toBeGreaterThan(0);
    expect(n('SELECT count(*) AS n FROM events WHERE num_mentions > 1')).toBeGreaterThan(5);
    expect(n('SELECT count(*) AS n FROM events WHERE day IS NULL')).toBeGreaterThan(0);
    expect(n('SELECT count(*) AS n FROM events WHERE lat IS NOT NULL')).toBeGreaterThan(0);
  });

  it('holds, after ingest, exactly what a rebuild from the events gives', () => {
    expect(aggregateRows(store).length).toBeGreaterThan(100);
    expect(aggregateRows(store)).toEqual(rebuiltRows(store));
  });

  it.each(ENDPOINTS)('gives %s the same JSON as the events scan, for every window and quad class', async (endpoint) => {
    for (const w of WINDOWS) {
      for (const q of QUADS) {
        const path = [endpoint, w, q].filter(Boolean).join('&');
        // min_confidence=0 holds for every event and sends the request to the events scan.
        const scanned = await api.get(`${path}&min_confidence=0`);
        const rolled = await api.get(path);
        expect(rolled, path).toEqual(scanned);
      }
    }
  });

  it('answers the endpoints with rows in every case above', async () => {
    const { body } = await api.get('/api/places?limit=1000');
    expect(body.places.some((p: Json) => p.lat !== null)).toBe(true);
    expect((await api.get('/api/actors?from=2015-01-17&to=2015-03-09&quad=1')).body.actors.length).toBeGreaterThan(0);
  });

  it('summarises the store as the scans of the events did', async () => {
    expect(summariseStore(store)).toEqual(scannedSummary(store));
    expect(summariseStore(store, 200)).toEqual(scannedSummary(store, 200));
    expect((await api.get('/api/summary')).body).toEqual(scannedSummary(store));
  });

  it('fills the rollups when an older store is migrated', () => {
    const version = MIGRATIONS.find((m) => m.sql === AGGREGATE_ROLLUPS_SQL)?.version ?? 0;
    expect(version).toBeGreaterThan(4);
    const older = openStore(copyStore(store.path));
    older.db.exec(`DROP TRIGGER IF EXISTS events_aggregates_insert; DROP TRIGGER events_aggregates_mentions; DROP TRIGGER events_aggregates_move; DROP TRIGGER events_aggregates_delete;
      DROP TABLE aggregate_rollups; DROP TABLE dyad_codes; DROP INDEX events_reported; DROP INDEX articles_source; PRAGMA user_version = ${version - 1};
      -- Schema 10 gathers these (empty here) into article_layers again.
      DROP TABLE article_layers; CREATE TABLE sentences (article_id, idx, start, end, boilerplate);
      CREATE TABLE actor_mentions (article_id, sentence, code, country, roles, name, text, start, end); CREATE TABLE article_spans (article_id, kind, sentence, start, end, label);`);
    older.close();
    const migrated = openStore(older.path);
    expect(aggregateRows(migrated)).toEqual(aggregateRows(store));
    expect(summariseStore(migrated)).toEqual(summariseStore(store));
    migrated.close();
  });

  it.each<[string, Record<string, unknown>]>([
    ['an actor', { actor: 'USA' }],
    ['a CAMEO root', { root: '04' }],
    ['a place', { place: 'IRQ' }],
    ['words', { text: 'talks' }],
  ])('reads the events table for %s', (_, f) => {
    expect(aggregateRollupsAnswer(f)).toBe(false);
  });
});

describe('aggregate rollups kept by triggers', () => {
  it('follow merged mentions, a moved event and a deleted one', () => {
    const store = openStore(':memory:');
    const ing = createIngester(store, { now: () => '2026-11-28T00:00:00.000Z' });
    ing.add(storyDoc('a', 'US and Iranian envoys met in Baghdad.', { source: 'Wire One' }), [record('m1'), record('m2', { sentence: 1, cameo: '190', cameo_root: '19', quad_class: 4, goldstein: -10 })]);
    ing.flush();
    ing.add(storyDoc('b', 'American and Iranian diplomats held talks in Baghdad.', { source: 'Wire Two' }), [record('m3', { date: { value: '2007-05-29', precision: 'day', basis: 'relative' } })]);
    ing.add(storyDoc('c', 'Iran and Iraq met.'), [record('m4', { source: actor('IRNGOV'), target: actor('IRNMIL'), date: { value: '2007-06-02', precision: 'day', basis: 'explicit' } })]);
    ing.flush();
    expect(store.db.prepare("SELECT events, mentions FROM dyad_codes WHERE source_code = 'USAGOV' AND target_code = 'IRNGOV'").get()).toEqual({ events: 2, mentions: 3 });
    expect(aggregateRows(store)).toEqual(rebuiltRows(store));
    store.db.prepare("UPDATE events SET day = day + 40, quad_class = 2, place = 'Basra', lat = 30.5, lon = 47.8 WHERE cameo = '190'").run();
    store.db.prepare('UPDATE events SET num_mentions = num_mentions + 2 WHERE id = 1').run();
    expect(aggregateRows(store)).toEqual(rebuiltRows(store));
    store.db.prepare("DELETE FROM event_records WHERE event_id IN (SELECT id FROM events WHERE source_code = 'IRNGOV')").run();
    store.db.prepare("DELETE FROM mentions WHERE event_id IN (SELECT id FROM events WHERE source_code = 'IRNGOV')").run();
    store.db.prepare("DELETE FROM events WHERE source_code = 'IRNGOV'").run();
    expect(aggregateRows(store)).toEqual(rebuiltRows(store));
    expect(store.db.prepare("SELECT count(*) AS n FROM aggregate_rollups WHERE aggregate = 'source' AND k1 = 'IRNGOV'").get()).toEqual({ n: 0 });
    store.close();
  });

  it('leave a deferred batch to settle, which adds it exactly', () => {
    const store = openStore(':memory:');
    store.db.prepare("INSERT INTO articles (id, doc_id, content_hash, format, text, boilerplate, ingested_at) VALUES (1, 'a', 'h', 'text', 't', '[]', 'x')").run();
    const insert = store.db.prepare(`INSERT INTO events (source_code, target_code, source_root, target_root, cameo, cameo_family, cameo_root, quad_class, goldstein,
      modality, claim, day, country, place, lat, lon, geocoded, confidence, num_mentions, num_articles, num_sources, first_article)
      VALUES ('USAGOV', 'IRN', 'USA', 'IRN', '042', '042', '04', 1, ?, 'asserted', 'factual', ?, 'IRQ', ?, ?, ?, 0, 0.5, 1, 1, 1, 1)`);
    store.db.transaction(() => {
      const settle = deferRollups(store.db);
      insert.run(1, 13_662, 'Baghdad', 33.3, 44.4);
      settle();
    })();
    store.db.transaction(() => {
      const settle = deferRollups(store.db);
      insert.run(-2, 13_700, null, null, null);
      insert.run(3.4, null, 'Baghdad', 33.4, 44.2);
      expect(store.db.prepare("SELECT sum(events) AS n FROM aggregate_rollups WHERE aggregate = 'code' AND grain = 'all'").get()).toEqual({ n: 1 });
      settle();
    })();
    expect(store.db.prepare('SELECT count(*) AS n FROM rollup_deferral').get()).toEqual({ n: 0 });
    expect(aggregateRows(store)).toEqual(rebuiltRows(store));
    store.close();
  });
});
