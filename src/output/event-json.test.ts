import { describe, expect, it } from 'vitest';
import type { ActorRecord, EventRecord } from '../core/event-record.js';
import { eventLines, eventRecordJson, eventRecordJsons } from './event-json.js';

const actor = (over: Partial<ActorRecord> = {}): ActorRecord => ({
  code: 'IRNGOV', country: 'IRN', roles: ['GOV'], name: 'Iran', text: 'Tehran', span: [10, 16], ...over,
});

function record(over: Record<string, unknown> = {}): EventRecord {
  return {
    id: '0123456789abcdef0123', doc_id: 'doc-1', sentence: 2, source: actor(), target: actor({ code: 'USAGOV', country: 'USA', name: null, text: 'Washington', span: [30, 40] }),
    cameo: '042', cameo_root: '04', quad_class: 1, goldstein: 1.9, plover: { type: 'CONSULT', mode: 'visit' },
    date: { value: '2007-05-27', precision: 'day', basis: 'relative' },
    location: { name: 'Baghdad', country: 'IRQ', lat: 33.34058, lon: 44.40088, geonames_id: 98182 },
    modality: 'asserted', confidence: 0.7250000000000001, evidence: { text: 'Tehran met Washington in Baghdad.', span: [0, 33] },
    ...over,
  } as EventRecord;
}

describe('the event record serialiser', () => {
  it.each([
    ['a usual record', record()],
    ['no source, target, plover or place', record({ source: null, target: null, plover: null, location: null })],
    ['a place without coordinates', record({ location: { name: 'Gaza', country: 'PSE', lat: null, lon: null, geonames_id: null } })],
    ['no date value', record({ date: { value: null, precision: 'day', basis: 'none' } })],
    ['quotes, backslashes and controls in the text', record({ evidence: { text: 'He said "no" \\ then\tleft\n.', span: [0, 27] } })],
    ['astral and unpaired surrogates', record({ doc_id: 'a\u{1F600}b', evidence: { text: 'x\ud800y', span: [0, 3] } })],
    ['several roles and an empty role list', record({ source: actor({ roles: ['GOV', 'MIL'] }), target: actor({ roles: [] }) })],
    ['negative zero and a whole Goldstein value', record({ goldstein: -0, confidence: 1 })],
    ['a non-finite number', record({ confidence: Number.NaN })],
    ['an undefined field', record({ location: undefined })],
    ['an undefined actor name', record({ source: actor({ name: undefined as unknown as null }) })],
    ['a hole in the roles', record({ source: actor({ roles: [undefined as unknown as string] }) })],
  ])('writes %s as JSON.stringify does', (_name, r) => {
    expect(eventRecordJson(r)).toBe(JSON.stringify(r));
  });

  it('writes the lines of records sharing parts as JSON.stringify does', () => {
    const shared = actor();
    const evidence = { text: 'Tehran met Washington.', span: [0, 22] as const };
    const records = [
      record({ source: shared, evidence }), record({ source: shared, evidence, cameo: '043' }), record({ target: shared, evidence, confidence: 0.5 }),
      record({ date: { value: '2007-05-28', precision: 'day', basis: 'published' }, evidence }), record({ location: null }), record({ confidence: Infinity }),
    ];
    expect(eventLines(records)).toBe(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    expect(eventRecordJsons(records)).toEqual(records.map((r) => JSON.stringify(r)));
  });
});
