import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/event-record.js';
import { storedEvent, type StoredEventRow } from '../store/query-events.js';
import { eventJson } from './event-json.js';

const record: EventRecord = {
  id: 'e1', doc_id: 'a', sentence: 0,
  source: { code: 'USAGOV', country: 'USA', roles: ['GOV'], name: null, text: 'Washington', span: [0, 10] },
  target: null, cameo: '040', cameo_root: '04', quad_class: 1, goldstein: 1, plover: { type: 'CONSULT', mode: '' },
  date: { value: '2015-03-02', precision: 'day', basis: 'explicit' }, location: null, modality: 'asserted', confidence: 0.5,
  evidence: { text: 'Washington said "x","confidence":0.9, \\ and 😀 met.', span: [0, 48] },
};

const row = (over: Partial<StoredEventRow> = {}): StoredEventRow => ({
  id: 1, first_article: 7, record: JSON.stringify(record), confidence: 0.83, num_mentions: 3, num_articles: 2, num_sources: 2, ...over,
});

describe('eventJson', () => {
  it.each<[string, StoredEventRow]>([
    ['a record whose evidence quotes the key and holds escapes', row()],
    ['an event whose confidence is its first mention\'s', row({ confidence: 0.5 })],
    ['a record that does not end as JSON.stringify writes it (printed anew)', row({ record: `${JSON.stringify(record)} ` })],
    ['a record without confidence (printed anew)', row({ record: JSON.stringify({ ...record, confidence: undefined }) })],
  ])('prints what parsing and printing the record would: %s', (_, r) => {
    expect(eventJson(r)).toBe(JSON.stringify({ ...storedEvent(r), article_id: r.first_article }));
  });
});
