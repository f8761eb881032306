import { describe, expect, it } from 'vitest';
import { articleIdentity } from '../../src/store/article-identity.js';
import { createIngester } from '../../src/store/ingest-documents.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { queryEvents } from '../../src/store/query-events.js';
import { timeline } from '../../src/store/timeline.js';
import { actor, record, storyDoc } from './records.js';

const NOW = () => '2026-11-28T00:00:00.000Z';

function fresh(): Store {
  return openStore(':memory:');
}

describe('storing coded articles', () => {
  it('merges two outlets reporting one meeting into one event with two mentions', () => {
    const store = fresh();
    const ing = createIngester(store, { now: NOW });
    ing.add(storyDoc('a', 'US and Iranian envoys met in Baghdad.', { source: 'Wire One' }), [record('m1')]);
    ing.add(storyDoc('b', 'American and Iranian diplomats held talks in Baghdad on Monday.', { source: 'Wire Two' }),
      [record('m2', { date: { value: '2007-05-29', precision: 'day', basis: 'relative' }, confidence: 0.9 })]);
    ing.flush();
    const { events } = queryEvents(store, {});
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: 'm1', mentions: 2, articles: 2, sources: 2, confidence: 0.9 });
  });

  it('keeps two similar but distinct events apart (another week, another city)', () => {
    const store = fresh();
    const ing = createIngester(store, { now: NOW });
    ing.add(storyDoc('a', 'Envoys met in Baghdad.'), [record('m1')]);
    ing.add(storyDoc('b', 'Envoys met again in Baghdad a week later.'), [record('m2', { date: { value: '2007-06-04', precision: 'day', basis: 'explicit' } })]);
    ing.add(storyDoc('c', 'Envoys met in Geneva.'), [record('m3', { location: { name: 'Geneva', country: 'CHE', lat: 46.2, lon: 6.14, geonames_id: 2660646 } })]);
    ing.flush();
    expect(queryEvents(store, {}).events.map((e) => e.mentions)).toEqual([1, 1, 1]);
  });

  it('stores an article only once, by URL or by text', () => {
    const store = fresh();
    const ing = createIngester(store, { now: NOW });
    const first = storyDoc('a', 'Envoys met in Baghdad.', { url: 'https://example.org/story/1' });
    ing.add(first, [record('m1')]);
    ing.flush();
    expect(ing.isStored(articleIdentity(storyDoc('copy', 'Envoys met in Baghdad.')))).toBe(true);
    expect(ing.isStored(articleIdentity(storyDoc('other', 'A different text.', { url: 'https://EXAMPLE.org/story/1/#comments' })))).toBe(true);
    ing.add(storyDoc('copy', 'Envoys met in Baghdad.'), [record('m1')]);
    ing.flush();
    expect(ing.tally).toMatchObject({ stored: 1, duplicates: 1, mentions: 1 });
  });

  it('answers filters by dyad, root, date range and words of the article', () => {
    const store = fresh();
    const ing = createIngester(store, { now: NOW });
    ing.add(storyDoc('a', 'Envoys met in Baghdad.'), [record('m1')]);
    ing.add(storyDoc('b', 'Tehran accused Washington of sabotage.'), [record('m2', {
      source: actor('IRNGOV'), target: actor('USAGOV'), cameo: '112', cameo_root: '11', quad_class: 3, goldstein: -2,
      date: { value: '2007-07-02', precision: 'day', basis: 'explicit' },
    })]);
    ing.flush();
    expect(queryEvents(store, { dyad: ['IRN', 'USA'] }).events.map((e) => e.id)).toEqual(['m2']);
    expect(queryEvents(store, { actor: 'USA' }).events).toHaveLength(2);
    expect(queryEvents(store, { root: '04' }).events.map((e) => e.id)).toEqual(['m1']);
    expect(queryEvents(store, { from: '2007-06-01', to: '2007-07-31' }).events.map((e) => e.id)).toEqual(['m2']);
    expect(queryEvents(store, { text: 'sabotage' }).events.map((e) => e.id)).toEqual(['m2']);
    expect(queryEvents(store, { role: 'GOV', quadClass: 1 }).events.map((e) => e.id)).toEqual(['m1']);
    expect(queryEvents(store, { bbox: [40, 30, 50, 40] }).events).toHaveLength(2);
  });

  it('pages with a cursor', () => {
    const store = fresh();
    const ing = createIngester(store, { now: NOW });
    for (let i = 0; i < 5; i++) ing.add(storyDoc(`d${i}`, `Story number ${i}.`), [record(`m${i}`, { date: { value: `2007-0${i + 1}-10`, precision: 'day', basis: 'explicit' } })]);
    ing.flush();
    const first = queryEvents(store, {}, { limit: 3 });
    expect(first.events.map((e) => e.id)).toEqual(['m0', 'm1', 'm2']);
    const second = queryEvents(store, {}, { limit: 3, cursor: first.next });
    expect(second.events.map((e) => e.id)).toEqual(['m3', 'm4']);
    expect(second.next).toBeNull();
  });

  it('sums events and Goldstein values per month', () => {
    const store = fresh();
    const ing = createIngester(store, { now: NOW });
    ing.add(storyDoc('a', 'One.'), [record('m1', { date: { value: '2007-05-02', precision: 'day', basis: 'explicit' } })]);
    ing.add(storyDoc('b', 'Two.'), [record('m2', { date: { value: '2007-05-20', precision: 'day', basis: 'explicit' } })]);
    ing.add(storyDoc('c', 'Three.'), [record('m3', { date: { value: '2007-06-20', precision: 'day', basis: 'explicit' } })]);
    ing.flush();
    expect(timeline(store, { dyad: ['USA', 'IRN'] }, 'month')).toEqual([
      { period: '2007-05', events: 2, mentions: 2, goldstein: 2 },
      { period: '2007-06', events: 1, mentions: 1, goldstein: 1 },
    ]);
    expect(timeline(store, {}, 'week').map((r) => r.period)).toEqual(['2007-04-30', '2007-05-14', '2007-06-18']);
  });
});
