import { describe, expect, it } from 'vitest';
import { rebuildAggregateRollups } from '../../src/store/aggregate-rollups.js';
import { createIngester } from '../../src/store/ingest-documents.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { rebuildTimelineRollups } from '../../src/store/timeline-rollups.js';
import { record, storyDoc } from './records.js';

const NOW = () => '2026-11-28T00:00:00.000Z';
const ROLLUPS = ['timeline_all', 'timeline_actors', 'timeline_dyads', 'timeline_all_facets', 'timeline_actors_facets', 'aggregate_rollups', 'dyad_codes'];

/** Every rollup row in key order, Goldstein sums rounded (sums of one-decimal values, added in another order). */
function rollupRows(store: Store): unknown[] {
  return ROLLUPS.flatMap((t) => (store.db.prepare(`SELECT '${t}' AS t, * FROM ${t} ORDER BY 1, 2, 3, 4, 5, 6`).all() as Record<string, unknown>[])
    .map((r) => ({ ...r, goldstein: Math.round((r.goldstein as number) * 10) / 10 + 0 })));
}

/** What the rollups hold after a rebuild from the events table (the store is left as it was). */
function rebuiltRows(store: Store): unknown[] {
  let rows: unknown[] = [];
  const check = store.db.transaction(() => {
    rebuildTimelineRollups(store.db);
    rebuildAggregateRollups(store.db);
    rows = rollupRows(store);
    throw new Error('roll back');
  });
  expect(() => check()).toThrow('roll back');
  return rows;
}

const killing = { cameo: '190', cameo_root: '19', quad_class: 4, goldstein: -10, plover: { type: 'ASSAULT', mode: '' }, confidence: 0.55 } as const;

/**
 * Four articles: two report one meeting (the second in the same batch when batches hold two), a
 * third from the first one's outlet raises its confidence from the 0.7 tenth to the 0.9 one, a
 * fourth reports the first article's killing again.
 */
function ingestFour(batch: number): Store {
  const store = openStore(':memory:');
  const ing = createIngester(store, { now: NOW, batch });
  ing.add(storyDoc('a', 'Envoys met in Baghdad. Gunmen killed a guard.', { source: 'Wire One' }), [record('m1'), record('m2', { sentence: 1, ...killing })]);
  ing.add(storyDoc('b', 'Diplomats met in Baghdad.', { source: 'Wire Two' }), [record('m3')]);
  ing.add(storyDoc('c', 'The envoys met again in Baghdad.', { source: 'Wire One' }), [record('m4', { confidence: 0.95 })]);
  ing.add(storyDoc('d', 'A guard was killed.', { source: 'Wire Three' }), [record('m5', { ...killing, confidence: 0.5 })]);
  ing.flush();
  return store;
}

const eventCounts = (store: Store) => store.db.prepare('SELECT cameo, num_mentions, num_articles, num_sources, confidence FROM events ORDER BY id').all();

describe('mentions merged into stored events during a batch', () => {
  it('counts them once the batch settles, whether the event was stored by an earlier batch or by its own', () => {
    const store = ingestFour(2);
    expect(eventCounts(store)).toEqual([
      { cameo: '040', num_mentions: 3, num_articles: 3, num_sources: 2, confidence: 0.95 },
      { cameo: '190', num_mentions: 2, num_articles: 2, num_sources: 2, confidence: 0.55 },
    ]);
    expect(rollupRows(store)).toEqual(rebuiltRows(store));
    expect(store.db.prepare("SELECT value, events, mentions FROM timeline_all_facets WHERE facet = 'confidence' AND grain = 'day' ORDER BY value").all()).toEqual([
      { value: '5', events: 1, mentions: 2 },
      { value: '9', events: 1, mentions: 3 },
    ]);
    store.close();
  });

  it('leaves the same store in one batch, in batches of two and article by article', () => {
    const stores = [1000, 2, 1].map(ingestFour);
    const contents = stores.map((s) => ({ events: s.db.prepare('SELECT * FROM events ORDER BY id').all(), rollups: rollupRows(s) }));
    expect(contents[1]).toEqual(contents[0]);
    expect(contents[2]).toEqual(contents[0]);
    for (const s of stores) s.close();
  });

  it('forgets the noted merges of a batch that is rolled back', () => {
    const store = openStore(':memory:');
    const ing = createIngester(store, { now: NOW });
    ing.add(storyDoc('a', 'Envoys met in Baghdad.', { source: 'Wire One' }), [record('m1')]);
    ing.flush();
    ing.add(storyDoc('b', 'Diplomats met in Baghdad.', { source: 'Wire Two' }), [record('m2')]);
    ing.abort();
    ing.add(storyDoc('c', 'The envoys met again.', { source: 'Wire Three' }), [record('m3')]);
    ing.flush();
    expect(eventCounts(store)).toEqual([{ cameo: '040', num_mentions: 2, num_articles: 2, num_sources: 2, confidence: 0.7 }]);
    expect(rollupRows(store)).toEqual(rebuiltRows(store));
    store.close();
  });
});
