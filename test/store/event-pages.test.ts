import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterSql, type EventFilter } from '../../src/store/event-filter.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { createEventPager } from '../../src/store/query-events.js';
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
