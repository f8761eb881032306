import { describe, expect, it } from 'vitest';
import type { EventFilter } from './event-filter.js';
import { cheaperWalk, planPage, type PageCounts, type PagePlan } from './page-plan.js';
import { edgeMonths } from './rollup-counts.js';

describe('cheaperWalk', () => {
  it.each<[string, PageCounts, number, number, 'ids' | 'days']>([
    ["walks ids when a busy actor's year holds many matches", { keyTotal: 200_000, keyWindow: 20_000, matches: 5_000, allWindow: 100_000 }, 26, 20_000, 'ids'],
    ['reads the days of a short window with few matches', { keyTotal: 200_000, keyWindow: 400, matches: 10, allWindow: 2_000 }, 26, 400, 'days'],
    ['reads the days when nothing in the window matches', { keyTotal: 50_000, keyWindow: 1_000, matches: 0, allWindow: 5_000 }, 101, 1_000, 'days'],
    ['walks ids when the key is small', { keyTotal: 300, keyWindow: 100, matches: 50, allWindow: 100_000 }, 101, 100_000, 'ids'],
  ])('%s', (_, counts, take, dayRows, expected) => {
    expect(cheaperWalk(counts, take, dayRows)).toBe(expected);
  });
});

describe('planPage', () => {
  /**
   * Counts of a store of a million events over ten years, each key's events spread evenly: USA in
   * 350,000, SOM in 13,500, a dyad in 4,000; root 07 in 2%, root 10 in 30%; a quad class in a quarter.
   */
  const counts = {
    events(f: EventFilter): number {
      const window = f.from ? 0.35 : 1;
      const key = f.actor === 'USA' ? 350_000 : f.actor === 'SOM' ? 13_500 : f.dyad ? 4_000 : 1_000_000;
      const root = f.root === '07' ? 0.02 : f.root === '10' ? 0.3 : 1;
      const quad = f.quadClass !== undefined ? 0.25 : 1;
      return key * window * root * quad;
    },
  };
  const W = { from: '2020-08-27', to: '2024-03-01' };
  it.each<[string, EventFilter, PagePlan | null]>([
    ['leaves a key alone without a window to SQLite', { actor: 'USA' }, null],
    ["walks the actor's ids for a root it holds often", { actor: 'SOM', root: '10' }, { source: 'INDEXED BY events_source_pages', target: 'INDEXED BY events_target_pages' }],
    ["walks the root's ids for a busy actor", { actor: 'USA', root: '07' }, { source: 'INDEXED BY events_root_pages', target: 'INDEXED BY events_root_pages' }],
    ['reads a root the actor holds rarely in a window from the code index, both sides at once', { actor: 'SOM', root: '07', ...W }, { source: 'INDEXED BY events_cameo' }],
    ["reads a dyad's quad class in a window from its timeline index", { dyad: ['USA', 'IRN'], quadClass: 4, ...W }, { source: 'INDEXED BY events_dyad_timeline' }],
    ['leaves a three-digit code without a key to SQLite', { code: '112', ...W }, null],
  ])('%s', (_, filter, expected) => {
    expect(planPage(counts, filter, 151)).toEqual(expected);
  });
});

describe('edgeMonths', () => {
  it('counts a partial month at either edge by its share of days', () => {
    expect(edgeMonths({ from: '2015-01-17', to: '2015-03-31' })).toEqual({ first: 16436, firstShare: 15 / 31, last: 16495, lastShare: 1 });
  });
  it('counts a window inside one month once, by its days', () => {
    expect(edgeMonths({ from: '2015-02-01', to: '2015-02-14' })).toMatchObject({ firstShare: 0.5, lastShare: 0.5 });
  });
  it('reaches every month without a window', () => {
    expect(edgeMonths({})).toEqual({ first: -1e9, firstShare: 1, last: 1e9, lastShare: 1 });
  });
});
