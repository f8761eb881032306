import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/open-store.js';
import { createTimelineReader, type Period } from '../../src/store/timeline.js';
import type { EventFilter } from '../../src/store/event-filter.js';
import { buildSampleStore, copyStore } from '../server/sample-store.js';

const PERIODS: readonly Period[] = ['day', 'week', 'month'];

describe('timeline tuples', () => {
  let store: Store;
  beforeAll(async () => {
    store = openStore(copyStore(await buildSampleStore(12)));
  }, 60_000);
  afterAll(() => store.close());

  const filters: EventFilter[] = [{}, { actor: 'USA' }, { actor: 'IRN', from: '2015-01-17', to: '2015-03-09' }, { quadClass: 4 }, { minConfidence: 0.3 }, { root: '04' }, { text: 'talks' }, { actor: 'USAGOV' }];

  it.each(PERIODS.flatMap((per) => filters.map((filter) => [per, filter] as const)))('give per %s the points of %j, in the API order', (per, filter) => {
    const reader = createTimelineReader(store);
    const points = reader.points(filter, per);
    expect(reader.tuples(filter, per).map(([period, events, mentions, goldstein, q1, q2, q3, q4]) => ({ period, events, mentions, goldstein, quad: { 1: q1, 2: q2, 3: q3, 4: q4 } }))).toEqual(points);
    for (const p of points) expect(p.quad[1] + p.quad[2] + p.quad[3] + p.quad[4]).toBe(p.events);
  });

  it('count quad classes exactly in a period of more events than the packed sum holds (2^17)', () => {
    // Rollup rows written by hand in a transaction rolled back after: a day of 220,000 events, 150,000 of them verbal cooperation.
    const day = 20_000; // 2024-10-04
    const check = store.db.transaction(() => {
      const add = store.db.prepare("INSERT INTO timeline_all (grain, period, quad_class, events, mentions, goldstein) VALUES ('day', ?, ?, ?, ?, ?)");
      add.run(day, 1, 150_000, 150_000, 30_000.5);
      add.run(day, 3, 70_000, 70_001, -14_000);
      add.run(day + 1, 2, 131_071, 131_071, 1);
      const reader = createTimelineReader(store);
      expect(reader.tuples({ from: '2024-10-04', to: '2024-10-05' }, 'day', 'rollup')).toEqual([
        ['2024-10-04', 220_000, 220_001, 16_000.5, 150_000, 0, 70_000, 0],
        ['2024-10-05', 131_071, 131_071, 1, 0, 131_071, 0, 0],
      ]);
      // One event fewer than 2^17 in a period: the packed sum, at its widest.
      expect(reader.tuples({ from: '2024-10-05', to: '2024-10-05' }, 'day', 'rollup')).toEqual([['2024-10-05', 131_071, 131_071, 1, 0, 131_071, 0, 0]]);
      expect(reader.tuples({ from: '2024-09-30', to: '2024-10-06' }, 'week', 'rollup')).toEqual([['2024-09-30', 351_071, 351_072, 16_001.5, 150_000, 131_071, 70_000, 0]]);
      throw new Error('roll back');
    });
    expect(() => check()).toThrow('roll back');
  });
});
