import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventFilter } from '../../src/store/event-filter.js';
import { createIngester } from '../../src/store/ingest-documents.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { deferRollups } from '../../src/store/rollup-deferral.js';
import { rebuildTimelineRollups } from '../../src/store/timeline-rollups.js';
import { createTimelineReader, rollupAnswers, type Period } from '../../src/store/timeline.js';
import { buildSampleStore } from '../server/sample-store.js';
import { actor, record, storyDoc } from './records.js';

const PERIODS: readonly Period[] = ['day', 'week', 'month'];

/** Every rollup row, Goldstein sums rounded (sums of one-decimal values, added in another order). */
function rollupRows(store: Store): unknown[] {
  return ['timeline_all', 'timeline_actors', 'timeline_dyads', 'timeline_all_facets', 'timeline_actors_facets'].flatMap((t) =>
    (store.db.prepare(`SELECT '${t}' AS t, * FROM ${t} ORDER BY 1, 2, 3, 4, 5, 6`).all() as Record<string, unknown>[])
      .map((r) => ({ ...r, goldstein: Math.round((r.goldstein as number) * 10) / 10 + 0 })));
}

/** What the rollups hold after a rebuild from the events table (the store is left as it was). */
function rebuiltRows(store: Store): unknown[] {
  let rows: unknown[] = [];
  const check = store.db.transaction(() => {
    rebuildTimelineRollups(store.db);
    rows = rollupRows(store);
    throw new Error('roll back');
  });
  expect(() => check()).toThrow('roll back');
  return rows;
}

/** Filters the rollups answer, over the actors and dyads of the store, with windows ending mid-month and on month edges. */
function rollupFilters(store: Store): EventFilter[] {
  const roots = (store.db.prepare("SELECT DISTINCT source_root AS r FROM events WHERE length(source_root) = 3 UNION SELECT target_root FROM events WHERE length(target_root) = 3").all() as { r: string }[]).map((x) => x.r);
  const dyads = store.db.prepare("SELECT DISTINCT source_root AS s, target_root AS t FROM events WHERE length(source_root) = 3 AND length(target_root) = 3").all() as { s: string; t: string }[];
  const windows: Pick<EventFilter, 'from' | 'to'>[] = [{}, { from: '2015-02-01' }, { to: '2015-03-31' }, { from: '2015-01-17', to: '2015-03-09' }, { from: '2015-02-03', to: '2015-02-20' }, { from: '2015-03-01', to: '2015-03-31' }];
  return [
    ...windows,
    ...roots.flatMap((a) => windows.slice(0, 4).map((w) => ({ actor: a, ...w }))),
    ...dyads.flatMap(({ s, t }) => windows.slice(0, 4).map((w) => ({ dyad: [s, t] as const, ...w }))),
    ...[1, 2, 3, 4].flatMap((quadClass) => [{ quadClass }, { quadClass, ...windows[3] }, ...roots.map((a) => ({ actor: a, quadClass, ...windows[4] }))]),
  ];
}

/** Filters the facet rollups answer: each facet value of the store, alone and per actor root, with and without a window. */
function facetFilters(store: Store): EventFilter[] {
  const values = (sql: string) => (store.db.prepare(sql).all() as { v: string }[]).map((x) => x.v);
  const roots = values("SELECT DISTINCT source_root AS v FROM events WHERE length(source_root) = 3 UNION SELECT target_root FROM events WHERE length(target_root) = 3");
  const facets: EventFilter[] = [
    ...values('SELECT DISTINCT cameo_root AS v FROM events').flatMap((root) => [{ root }, { code: root }]),
    ...values('SELECT DISTINCT plover_type AS v FROM events WHERE plover_type IS NOT NULL').map((plover) => ({ plover })),
    ...['GOV', 'MIL', 'REB', 'OPP', 'LEG', 'CVL', 'BUS', 'IGO'].map((role) => ({ role })),
    ...[0, 0.1, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9].map((minConfidence) => ({ minConfidence })),
  ];
  const window = { from: '2015-01-17', to: '2015-03-09' };
  return facets.flatMap((f) => [f, { ...f, ...window }, ...roots.map((actor) => ({ actor, ...f })), ...roots.slice(0, 3).map((actor) => ({ actor, ...f, ...window }))]);
}

describe('timeline rollups on a store built by parley ingest (with merged mentions)', () => {
  let store: Store;
  beforeAll(async () => {
    store = openStore(await buildSampleStore(80));
  }, 180_000);
  afterAll(() => store.close());

  it('is a store where mentions merged into events', () => {
    const merged = store.db.prepare('SELECT count(*) AS n FROM events WHERE num_mentions > 1 AND day IS NOT NULL').get() as { n: number };
    const acrossArticles = store.db.prepare('SELECT count(*) AS n FROM events WHERE num_articles > 1').get() as { n: number };
    expect(merged.n).toBeGreaterThan(5);
    expect(acrossArticles.n).toBeGreaterThan(0);
  });

  it('holds, after ingest, exactly what a rebuild from the events gives', () => {
    expect(rollupRows(store).length).toBeGreaterThan(100);
    expect(rollupRows(store)).toEqual(rebuiltRows(store));
  });

  it.each(PERIODS)('gives per %s the same timeline as the events table, for every actor, dyad and window', (per) => {
    const reader = createTimelineReader(store);
    const filters = rollupFilters(store);
    expect(filters.length).toBeGreaterThan(50);
    for (const f of filters) {
      expect(rollupAnswers(f)).toBe(true);
      expect(reader.points(f, per, 'rollup'), JSON.stringify(f)).toEqual(reader.points(f, per, 'events'));
    }
  });

  it.each(PERIODS)('gives per %s the same timeline from the facet rollups as from the events table, for every facet value, actor and window', (per) => {
    const reader = createTimelineReader(store);
    const filters = facetFilters(store);
    expect(filters.length).toBeGreaterThan(200);
    let nonEmpty = 0;
    for (const f of filters) {
      expect(rollupAnswers(f), JSON.stringify(f)).toBe(true);
      const fromEvents = reader.points(f, per, 'events');
      if (fromEvents.length) nonEmpty++;
      expect(reader.points(f, per, 'rollup'), JSON.stringify(f)).toEqual(fromEvents);
    }
    expect(nonEmpty).toBeGreaterThan(filters.length / 3);
  });

  it('counts an event between two actors of one country once in that country\'s timeline', () => {
    const reader = createTimelineReader(store);
    const inner = store.db.prepare('SELECT source_root AS r, count(*) AS n FROM events WHERE source_root = target_root AND length(source_root) = 3 AND day IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1').get() as { r: string; n: number } | undefined;
    expect(inner).toBeDefined();
    const total = (f: EventFilter) => reader.points(f, 'month', 'rollup').reduce((n, p) => n + p.events, 0);
    const dated = (sql: string) => (store.db.prepare(sql).get(inner?.r, inner?.r) as { n: number }).n;
    expect(total({ actor: inner?.r })).toBe(dated('SELECT count(*) AS n FROM events WHERE day IS NOT NULL AND (source_root = ? OR target_root = ?)'));
  });

  it.each<[string, EventFilter]>([
    ['a role and a quad class', { actor: 'USA', role: 'GOV', quadClass: 1 }],
    ['a CAMEO root and a dyad', { dyad: ['USA', 'IRN'], root: '04' }],
    ['two facets', { root: '04', plover: 'CONSULT' }],
    ['a minimum confidence between tenths', { minConfidence: 0.55 }],
    ['a three-digit code', { code: '042' }],
    ['a longer actor code', { actor: 'USAGOV' }],
    ['a longer dyad code', { dyad: ['IRNGOV', 'USA'] }],
    ['an actor prefix shorter than a block', { actor: 'US' }],
    ['both an actor and a dyad', { actor: 'USA', dyad: ['USA', 'IRN'] }],
    ['words', { text: 'talks' }],
  ])('reads the events table for %s', (_, f) => {
    expect(rollupAnswers(f)).toBe(false);
  });
});

describe('timeline rollups kept by triggers', () => {
  it('follows merged mentions, a moved event and a deleted one', () => {
    const store = openStore(':memory:');
    const ing = createIngester(store, { now: () => '2026-11-28T00:00:00.000Z' });
    ing.add(storyDoc('a', 'US and Iranian envoys met in Baghdad.', { source: 'Wire One' }), [record('m1'), record('m2', { sentence: 1, cameo: '190', cameo_root: '19', quad_class: 4, goldstein: -10 })]);
    ing.add(storyDoc('b', 'American and Iranian diplomats held talks in Baghdad.', { source: 'Wire Two' }), [record('m3', { date: { value: '2007-05-29', precision: 'day', basis: 'relative' } })]);
    ing.add(storyDoc('c', 'Iran and Iraq met.'), [record('m4', { source: actor('IRNGOV'), target: actor('IRNMIL'), date: { value: '2007-06-02', precision: 'day', basis: 'explicit' } })]);
    ing.flush();
    const reader = createTimelineReader(store);
    expect(reader.points({ dyad: ['USA', 'IRN'] }, 'month', 'rollup')).toEqual([
      { period: '2007-05', events: 2, mentions: 3, goldstein: -9, quad: { 1: 1, 2: 0, 3: 0, 4: 1 } },
    ]);
    expect(reader.points({ actor: 'IRN' }, 'month', 'rollup').map((p) => p.events)).toEqual([2, 1]);
    expect(rollupRows(store)).toEqual(rebuiltRows(store));
    store.db.prepare("UPDATE events SET day = day + 40, quad_class = 2 WHERE cameo = '190'").run();
    store.db.prepare("DELETE FROM event_records WHERE event_id IN (SELECT id FROM events WHERE source_code = 'IRNGOV')").run();
    store.db.prepare("DELETE FROM mentions WHERE event_id IN (SELECT id FROM events WHERE source_code = 'IRNGOV')").run();
    store.db.prepare("DELETE FROM events WHERE source_code = 'IRNGOV'").run();
    expect(rollupRows(store)).toEqual(rebuiltRows(store));
    for (const per of PERIODS) {
      for (const f of [{}, { actor: 'IRN' }, { dyad: ['USA', 'IRN'] as const }]) expect(reader.points(f, per, 'rollup')).toEqual(reader.points(f, per, 'events'));
    }
    store.close();
  });
});

describe('deferred timeline rollups (what a batch of parley ingest does)', () => {
  /**
   * A store with one article (id 1) and an event insert for writes outside the article writer: as
   * every writer does, an insert outside a transaction settles its own deferral; inside one, the
   * caller's deferral holds it.
   */
  function bareStore(): { store: Store; insert: (day: number, goldstein: number) => number } {
    const store = openStore(':memory:');
    store.db.prepare("INSERT INTO articles (id, doc_id, content_hash, format, text, boilerplate, ingested_at) VALUES (1, 'a', 'h', 'text', 't', '[]', 'x')").run();
    const stmt = store.db.prepare(`INSERT INTO events (source_code, target_code, source_root, target_root, cameo, cameo_family, cameo_root, quad_class, goldstein,
      modality, claim, day, geocoded, confidence, num_mentions, num_articles, num_sources, first_article)
      VALUES ('USAGOV', 'IRN', 'USA', 'IRN', '042', '042', '04', 1, ?, 'asserted', 'factual', ?, 0, 0.5, 1, 1, 1, 1)`);
    const raw = (day: number, goldstein: number) => Number(stmt.run(goldstein, day).lastInsertRowid);
    const settled = store.db.transaction((day: number, goldstein: number) => {
      const settle = deferRollups(store.db);
      const id = raw(day, goldstein);
      settle();
      return id;
    });
    return { store, insert: (day, goldstein) => (store.db.inTransaction ? raw(day, goldstein) : settled(day, goldstein)) };
  }

  it('adds a batch of events at settle time, exactly as a rebuild would', () => {
    const { store, insert } = bareStore();
    insert(13_662, 1);
    const rowsOfOne = rollupRows(store).length;
    store.db.transaction(() => {
      const settle = deferRollups(store.db);
      for (let d = 0; d < 40; d++) insert(13_650 + d, d % 2 === 0 ? 3.5 : -2);
      expect(rollupRows(store).length).toBe(rowsOfOne);
      settle();
    })();
    expect(rollupRows(store)).toEqual(rebuiltRows(store));
    expect(store.db.prepare('SELECT count(*) AS n FROM rollup_deferral').get()).toEqual({ n: 0 });
    store.close();
  });

  it('counts a mention merged during the batch into an event of the same batch once', () => {
    const { store, insert } = bareStore();
    store.db.transaction(() => {
      const settle = deferRollups(store.db);
      const id = insert(13_662, 1);
      store.db.prepare('UPDATE events SET num_mentions = num_mentions + 2 WHERE id = ?').run(id);
      settle();
    })();
    expect(createTimelineReader(store).points({ dyad: ['USA', 'IRN'] }, 'day', 'rollup').map((p) => p.mentions)).toEqual([3]);
    expect(rollupRows(store)).toEqual(rebuiltRows(store));
    store.close();
  });

  it('leaves events stored before the batch to their triggers', () => {
    const { store, insert } = bareStore();
    const old = insert(13_662, 1);
    store.db.transaction(() => {
      const settle = deferRollups(store.db);
      store.db.prepare('UPDATE events SET num_mentions = 4 WHERE id = ?').run(old);
      insert(13_663, 2);
      settle();
    })();
    expect(createTimelineReader(store).points({}, 'day', 'rollup').map((p) => p.mentions)).toEqual([4, 1]);
    expect(rollupRows(store)).toEqual(rebuiltRows(store));
    store.close();
  });

  it('moves an event to its new confidence tenth when a merged mention raises it, and keeps it there when it does not', () => {
    const { store, insert } = bareStore();
    const old = insert(13_662, 1);
    insert(13_662, 2);
    const raise = store.db.prepare('UPDATE events SET num_mentions = num_mentions + 1, confidence = max(confidence, ?) WHERE id = ?');
    const reader = createTimelineReader(store);
    const atLeast = (minConfidence: number) => reader.points({ actor: 'IRN', minConfidence }, 'day', 'rollup').map((p) => [p.events, p.mentions]);
    expect(atLeast(0.5)).toEqual([[2, 2]]);
    expect(atLeast(0.9)).toEqual([]);
    raise.run(0.95, old);
    expect(atLeast(0.9)).toEqual([[1, 2]]);
    raise.run(0.91, old);
    expect(atLeast(0.9)).toEqual([[1, 3]]);
    expect(atLeast(0.5)).toEqual([[2, 4]]);
    expect(rollupRows(store)).toEqual(rebuiltRows(store));
    store.close();
  });

  it('leaves nothing deferred and the rollups as they were when the batch fails', () => {
    const { store, insert } = bareStore();
    insert(13_662, 1);
    const before = rollupRows(store);
    expect(() => store.db.transaction(() => {
      deferRollups(store.db);
      insert(13_700, 5);
      throw new Error('crash mid-batch');
    })()).toThrow('crash mid-batch');
    expect(rollupRows(store)).toEqual(before);
    expect(store.db.prepare('SELECT count(*) AS n FROM rollup_deferral').get()).toEqual({ n: 0 });
    insert(13_701, 2);
    expect(rollupRows(store)).toEqual(rebuiltRows(store));
    store.close();
  });
});

describe('schema migrations 3, 5 and 11', () => {
  it('fill the rollups and the facet rollups from the events of a schema 2 store', async () => {
    const source = openStore(await buildSampleStore(20), { readonly: true });
    const path = join(mkdtempSync(join(tmpdir(), 'parley-rollups-')), 'v2.db');
    const db = new Database(path);
    for (const m of MIGRATIONS.filter((x) => x.version <= 2)) db.exec(m.sql);
    db.pragma('user_version = 2');
    db.exec(`ATTACH '${source.path}' AS src`);
    for (const table of ['articles', 'events']) db.exec(`INSERT INTO ${table} SELECT * FROM src.${table}`);
    db.exec('DETACH src');
    db.close();
    const migrated = openStore(path);
    const reader = createTimelineReader(migrated);
    expect(rollupRows(migrated).length).toBeGreaterThan(10);
    expect(rollupRows(migrated)).toEqual(rebuiltRows(migrated));
    for (const per of PERIODS) {
      for (const f of [{}, { root: '04' }, { actor: 'USA', minConfidence: 0.5 }]) expect(reader.points(f, per, 'rollup')).toEqual(createTimelineReader(source).points(f, per, 'events'));
    }
    migrated.close();
    source.close();
  }, 120_000);

  it('schema 11 drops the actors\' facet month rows of a schema 10 store (the whole store\'s stay); monthly faceted timelines and merged mentions stay exact', async () => {
    const source = openStore(await buildSampleStore(20), { readonly: true });
    const path = join(mkdtempSync(join(tmpdir(), 'parley-rollups-')), 'v10.db');
    const db = new Database(path);
    for (const m of MIGRATIONS.filter((x) => x.version <= 2)) db.exec(m.sql);
    db.exec(`ATTACH '${source.path}' AS src`);
    for (const table of ['articles', 'events']) db.exec(`INSERT INTO ${table} SELECT * FROM src.${table}`);
    db.exec('DETACH src');
    for (const m of MIGRATIONS.filter((x) => x.version > 2 && x.version <= 10)) db.exec(m.sql);
    db.pragma('user_version = 10');
    expect(db.prepare("SELECT count(*) AS n FROM timeline_actors_facets WHERE grain = 'month'").get()).not.toEqual({ n: 0 });
    db.close();
    const migrated = openStore(path);
    const monthRows = (t: string) => (migrated.db.prepare(`SELECT count(*) AS n FROM ${t} WHERE grain = 'month'`).get() as { n: number }).n;
    expect(monthRows('timeline_actors_facets')).toBe(0);
    expect(monthRows('timeline_all_facets')).toBeGreaterThan(0);
    expect(rollupRows(migrated)).toEqual(rebuiltRows(migrated));
    const reader = createTimelineReader(migrated);
    for (const f of [{ root: '04' }, { actor: 'USA', minConfidence: 0.5 }, { plover: 'CONSULT', from: '2015-01-17', to: '2015-03-09' }, { actor: 'IRN', root: '04', from: '2015-01-17', to: '2015-03-09' }]) {
      expect(reader.points(f, 'month', 'rollup')).toEqual(createTimelineReader(source).points(f, 'month', 'events'));
    }
    // The triggers made again (day rows only) follow a merged mention and a moved event.
    const [a, b] = migrated.db.prepare('SELECT id FROM events WHERE day IS NOT NULL ORDER BY id LIMIT 2').all() as { id: number }[];
    migrated.db.prepare('UPDATE events SET num_mentions = num_mentions + 2 WHERE id = ?').run(a.id);
    migrated.db.prepare('UPDATE events SET day = day + 40, confidence = 0.95 WHERE id = ?').run(b.id);
    expect(rollupRows(migrated)).toEqual(rebuiltRows(migrated));
    migrated.close();
    source.close();
  }, 120_000);
});
