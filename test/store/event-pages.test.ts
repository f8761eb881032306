import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterSql, type EventFilter } from '../../src/store/event-filter.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import type { PageAccess, PagePlan } from '../../src/store/page-plan.js';
import { createEventPager, pageSql } from '../../src/store/query-events.js';
import { createRollupCounts } from '../../src/store/rollup-counts.js';
import { buildSampleStore } from '../server/sample-store.js';

let store: Store;
beforeAll(async () => {
  store = openStore(await buildSampleStore(40), { readonly: true });
}, 120_000);
afterAll(() => store.close());

/** Every id the filter matches, by the plain WHERE clause. */
function allIds(f: EventFilter): number[] {
  const { where, params } = filterSql(f);
  return (store.db.prepare(`SELECT e.id FROM events e WHERE ${where} ORDER BY e.id`).all(...params) as { id: number }[]).map((r) => r.id);
}

describe('event pages', () => {
  it.each<[string, EventFilter]>([
    ['an actor', { actor: 'USA' }],
    ['an actor code', { actor: 'IRNGOV' }],
    ['an actor prefix', { actor: 'I' }],
    ['an actor and a window', { actor: 'IRN', from: '2015-01-01', to: '2015-02-15' }],
    ['an actor and a dyad', { actor: 'USA', dyad: ['USA', 'IRN'] }],
    ['an actor and a root', { actor: 'ISR', root: '19' }],
    ['a dyad', { dyad: ['USA', 'IRN'] }],
    ['a code family', { code: '042' }],
    ['a code root', { code: '19' }],
    ['a four-digit code', { code: '0874' }],
    ['nothing', {}],
  ])('walks, a page of 3 at a time, exactly the events that %s matches', (_, f) => {
    const pager = createEventPager(store);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: ReturnType<typeof pager.page> = pager.page(f, { limit: 3, cursor });
      expect(page.rows.length).toBeLessThanOrEqual(3);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.next;
    } while (cursor !== null);
    expect(seen).toEqual(allIds(f));
  });

  it.each<[string, EventFilter]>([
    ['an actor, a window and a root', { actor: 'USA', from: '2015-01-10', to: '2015-03-20', root: '04' }],
    ['an actor, a window and a minimum confidence', { actor: 'IRN', from: '2015-01-01', to: '2015-02-15', minConfidence: 0.5 }],
    ['an actor code and a window', { actor: 'IRNGOV', from: '2015-01-01', to: '2015-03-31' }],
    ['a dyad and a window', { dyad: ['USA', 'IRN'], from: '2015-01-05', to: '2015-03-01' }],
    ['a root and a window', { root: '19', from: '2015-01-01', to: '2015-03-31' }],
    ['a window and a role', { from: '2015-02-01', to: '2015-02-28', role: 'GOV' }],
    ['a window only', { from: '2015-01-20' }],
  ])('walks, whichever plan the counts choose, exactly the events that %s matches', (_, f) => {
    const pager = createEventPager(store);
    for (const limit of [2, 7, 1000]) {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: ReturnType<typeof pager.page> = pager.page(f, { limit, cursor });
        seen.push(...page.rows.map((r) => r.id));
        cursor = page.next;
      } while (cursor !== null);
      expect(seen, `limit ${limit}`).toEqual(allIds(f));
    }
    expect(allIds(f).length).toBeGreaterThan(0);
  });

  it.each<[string, EventFilter, PagePlan[]]>([
    ['an actor and a root', { actor: 'USA', root: '04' }, actorPlans(['INDEXED BY events_source_pages', 'INDEXED BY events_root_pages', 'INDEXED BY events_root'], ['INDEXED BY events_target_pages', 'INDEXED BY events_target_timeline', 'INDEXED BY events_root_pages', 'INDEXED BY events_root'])],
    ['an actor, a root and a window', { actor: 'IRN', root: '04', from: '2015-01-05', to: '2015-03-01' }, actorPlans(['INDEXED BY events_source_pages', 'INDEXED BY events_day', 'INDEXED BY events_root_pages', 'INDEXED BY events_root'], ['INDEXED BY events_target_pages', 'INDEXED BY events_root'])],
    ['an actor code, a root and a window', { actor: 'IRNGOV', root: '04', from: '2015-01-05', to: '2015-03-01' }, [{ source: 'INDEXED BY events_cameo' }]],
    ['an actor and a two-digit code', { actor: 'USA', code: '04' }, [{ source: 'INDEXED BY events_cameo' }]],
    ['an actor, a quad class and a window', { actor: 'USA', quadClass: 1, from: '2015-01-05', to: '2015-03-01' }, actorPlans(['INDEXED BY events_dyad_timeline', 'INDEXED BY events_day'], ['INDEXED BY events_target_timeline'])],
    ['a dyad and a root', { dyad: ['USA', 'IRN'], root: '04' }, ['INDEXED BY events_dyad_pages', 'INDEXED BY events_dyad_timeline', 'INDEXED BY events_root_pages', 'INDEXED BY events_root', 'INDEXED BY events_cameo'].map((source) => ({ source: source as PageAccess }))],
    ['a dyad, a root and a window', { dyad: ['USA', 'IRN'], root: '04', from: '2015-01-05', to: '2015-03-01' }, [{ source: 'INDEXED BY events_cameo' }, { source: 'INDEXED BY events_root' }]],
    ['a dyad and a quad class', { dyad: ['USA', 'IRN'], quadClass: 1 }, [{ source: 'INDEXED BY events_dyad_timeline' }]],
  ])('walks the same events through every access a page of %s may be pinned to', (_, f, plans) => {
    expect(allIds(f).length).toBeGreaterThan(0);
    for (const plan of plans) {
      for (const take of [3, 1000]) {
        const seen: number[] = [];
        let after = 0;
        for (;;) {
          const { sql, params } = pageSql(f, after, take + 1, plan);
          const ids = (store.db.prepare(sql).all(...params) as { id: number }[]).map((r) => r.id);
          seen.push(...ids.slice(0, take));
          if (ids.length <= take) break;
          after = ids[take - 1];
        }
        expect(seen, `${JSON.stringify(plan)}, pages of ${take}`).toEqual(allIds(f));
      }
    }
  });

  it('reads the ids of an actor with a root from the code index alone, without a row', () => {
    const { sql, params } = pageSql({ actor: 'USA', root: '04', from: '2015-01-05' }, 0, 11, { source: 'INDEXED BY events_cameo' });
    const plan = store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/COVERING INDEX events_cameo/);
  });

  it('counts from the rollups what the timeline sums, over whole months', () => {
    const counts = createRollupCounts(store);
    const timelineSum = (f: EventFilter) => {
      const { where, params } = filterSql(f);
      return (store.db.prepare(`SELECT count(*) AS n FROM events e WHERE e.day IS NOT NULL AND ${where}`).get(...params) as { n: number }).n;
    };
    for (const f of [{}, { actor: 'USA' }, { dyad: ['USA', 'IRN'] as const }, { root: '04' }, { actor: 'IRN', root: '04' }, { quadClass: 1 }, { actor: 'USA', minConfidence: 0.5 }]) {
      for (const window of [{}, { from: '2015-01-01', to: '2015-02-28' }, { from: '2015-02-01' }]) {
        expect(counts.events({ ...f, ...window }), JSON.stringify({ ...f, ...window })).toBe(timelineSum({ ...f, ...window }));
      }
    }
    expect(counts.events({ actor: 'USA', text: 'oil' })).toBe(0);
  });

  it('matches a code by its digits as a prefix would', () => {
    const codes = store.db.prepare('SELECT DISTINCT cameo FROM events').all() as { cameo: string }[];
    for (const { cameo } of codes) {
      for (const code of [cameo.slice(0, 2), cameo.slice(0, 3), cameo]) {
        const prefix = (store.db.prepare('SELECT count(*) AS n FROM events WHERE substr(cameo, 1, ?) = ?').get(code.length, code) as { n: number }).n;
        expect(allIds({ code }).length, code).toBe(prefix);
      }
    }
  });
});

/** Plans of an actor's page: each source access with the id walk of the target, and each target access with the id walk of the source. */
function actorPlans(sources: PageAccess[], targets: PageAccess[]): PagePlan[] {
  return [
    ...sources.map((source) => ({ source, target: 'INDEXED BY events_target_pages' as const })),
    ...targets.map((target) => ({ source: 'INDEXED BY events_source_pages' as const, target })),
  ];
}
