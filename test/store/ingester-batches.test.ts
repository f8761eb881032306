import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/core/event-record.js';
import { createIngester } from '../../src/store/ingest-documents.js';
import { mentionRecordSql } from '../../src/store/mention-record.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { timeline } from '../../src/store/timeline.js';
import { record, storyDoc } from './records.js';

const NOW = () => '2026-11-28T00:00:00.000Z';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A writer and a reader on one store file, as `parley ingest` and `parley serve` would be. */
function writerAndReader(): { writer: Store; reader: Store } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-batches-'));
  dirs.push(dir);
  const writer = openStore(join(dir, 'parley.db'));
  return { writer, reader: openStore(join(dir, 'parley.db')) };
}

const articlesIn = (store: Store) => (store.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;

/** A record that cannot be written (JSON has no BigInt), as a stand-in for any article that fails. */
const unwritable = (id: string) => ({ ...record(id), confidence: 1n }) as unknown as EventRecord;

describe('ingest batches', () => {
  it('shows other connections nothing of a batch until it is full, then all of it', () => {
    const { writer, reader } = writerAndReader();
    const ing = createIngester(writer, { now: NOW, batch: 3 });
    ing.add(storyDoc('a', 'One.'), [record('m1')]);
    ing.add(storyDoc('b', 'Two.'), [record('m2')]);
    expect(articlesIn(reader)).toBe(0);
    expect(ing.tally.stored).toBe(2);
    ing.add(storyDoc('c', 'Three.'), [record('m3')]);
    expect(articlesIn(reader)).toBe(3);
    expect(timeline(reader, { dyad: ['USA', 'IRN'] }, 'day')).toEqual([{ period: '2007-05-28', events: 1, mentions: 3, goldstein: 1 }]);
    writer.close();
    reader.close();
  });

  it('knows an article of the open batch is stored, so it is not written twice', () => {
    const store = openStore(':memory:');
    const ing = createIngester(store, { now: NOW });
    const doc = storyDoc('a', 'Envoys met in Baghdad.', { url: 'https://example.org/1' });
    ing.add(doc, [record('m1')]);
    expect(ing.isStored({ url: 'https://example.org/1', hash: 'other' })).toBe(true);
    ing.add(storyDoc('copy', 'Envoys met in Baghdad.'), [record('m1')]);
    ing.flush();
    expect(ing.tally).toMatchObject({ stored: 1, duplicates: 1, mentions: 1 });
  });

  it('commits a batch older than maxBatchMs at its next article', () => {
    const { writer, reader } = writerAndReader();
    const ing = createIngester(writer, { now: NOW, batch: 1000, maxBatchMs: 0 });
    ing.add(storyDoc('a', 'One.'), [record('m1')]);
    expect(articlesIn(reader)).toBe(1);
    writer.close();
    reader.close();
  });

  it('loses only the article that fails, never the rest of its batch', () => {
    const store = openStore(':memory:');
    const ing = createIngester(store, { now: NOW });
    ing.add(storyDoc('a', 'One.'), [record('m1')]);
    expect(() => ing.add(storyDoc('b', 'Two.'), [record('m2', { date: { value: '2007-06-20', precision: 'day', basis: 'explicit' } }), unwritable('m3')])).toThrow();
    ing.add(storyDoc('c', 'Three.'), [record('m4', { date: { value: '2007-07-20', precision: 'day', basis: 'explicit' } })]);
    ing.flush();
    expect(articlesIn(store)).toBe(2);
    expect(ing.tally).toMatchObject({ stored: 2, mentions: 2 });
    expect(timeline(store, {}, 'month').map((p) => p.period)).toEqual(['2007-05', '2007-07']);
  });

  it('loses only the article the store refuses half way (its article row and events written), never the rest of its batch', () => {
    const store = openStore(':memory:');
    store.db.exec(`CREATE TEMP TRIGGER refuse AFTER INSERT ON main.mentions WHEN NEW.record_id = 'refused'
      BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const ing = createIngester(store, { now: NOW });
    ing.add(storyDoc('a', 'One.', { source: 'Wire One' }), [record('m1')]);
    ing.add(storyDoc('b', 'Two.', { source: 'Wire Two' }), [record('m2')]);
    expect(() => ing.add(storyDoc('c', 'Three.'), [record('m3', { date: { value: '2007-06-20', precision: 'day', basis: 'explicit' } }), record('refused')])).toThrow(/refused/);
    ing.add(storyDoc('d', 'Four.'), [record('m4', { date: { value: '2007-07-20', precision: 'day', basis: 'explicit' } })]);
    ing.flush();
    expect(articlesIn(store)).toBe(3);
    expect(ing.tally).toMatchObject({ stored: 3, mentions: 3, newEvents: 2 });
    expect(store.db.prepare('SELECT num_mentions, num_articles, num_sources FROM events ORDER BY id').all()).toEqual([
      { num_mentions: 2, num_articles: 2, num_sources: 2 },
      { num_mentions: 1, num_articles: 1, num_sources: 1 },
    ]);
    expect(timeline(store, {}, 'month').map((p) => p.period)).toEqual(['2007-05', '2007-07']);
  });

  it('rolls the open batch back on abort, as a crash would, and forgets it in the tally', () => {
    const store = openStore(':memory:');
    const ing = createIngester(store, { now: NOW });
    ing.add(storyDoc('a', 'One.'), [record('m1')]);
    ing.flush();
    ing.add(storyDoc('b', 'Two.'), [record('m2', { date: { value: '2007-06-20', precision: 'day', basis: 'explicit' } })]);
    ing.abort();
    expect(articlesIn(store)).toBe(1);
    expect(ing.tally.stored).toBe(1);
    expect(timeline(store, {}, 'month').map((p) => p.period)).toEqual(['2007-05']);
    expect(store.db.prepare('SELECT count(*) AS n FROM rollup_deferral').get()).toEqual({ n: 0 });
  });
});

describe('event records', () => {
  it("stores a new event's record once: its first mention reads it from the event, a merged mention keeps its own", () => {
    const store = openStore(':memory:');
    const ing = createIngester(store, { now: NOW });
    ing.add(storyDoc('a', 'Envoys met in Baghdad.', { source: 'Wire One' }), [record('m1')]);
    ing.add(storyDoc('b', 'Diplomats met in Baghdad.', { source: 'Wire Two' }), [record('m2', { confidence: 0.9 })]);
    ing.flush();
    const stored = store.db.prepare('SELECT record_id, record FROM mentions ORDER BY id').all() as { record_id: string; record: string }[];
    expect(stored.map((m) => [m.record_id, m.record === ''])).toEqual([['m1', true], ['m2', false]]);
    const read = store.db.prepare(`SELECT ${mentionRecordSql('m')} AS record FROM mentions m ORDER BY m.id`).all() as { record: string }[];
    expect(read.map((m) => (JSON.parse(m.record) as EventRecord).id)).toEqual(['m1', 'm2']);
    expect(JSON.parse(read[0].record)).toEqual(record('m1'));
  });
});
