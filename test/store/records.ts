import { createDocument, metaFor, withLayers, type ParleyDocument } from '../../src/core/document.js';
import type { ActorRecord, EventRecord } from '../../src/core/event-record.js';

/** An actor record for store tests. */
export function actor(code: string, text = code): ActorRecord {
  return { code, country: code.slice(0, 3), roles: code.length > 3 ? [code.slice(3, 6)] : [], name: null, text, span: [0, text.length] };
}

/** An event record for store tests: a US-Iran meeting unless `over` says otherwise. */
export function record(id: string, over: Partial<EventRecord> = {}): EventRecord {
  return {
    id, doc_id: 'a', sentence: 0, source: actor('USAGOV'), target: actor('IRNGOV'), cameo: '040', cameo_root: '04', quad_class: 1, goldstein: 1,
    plover: { type: 'CONSULT', mode: '' }, date: { value: '2007-05-28', precision: 'day', basis: 'explicit' },
    location: { name: 'Baghdad', country: 'IRQ', lat: 33.34, lon: 44.4, geonames_id: 98182 }, modality: 'asserted', confidence: 0.7,
    evidence: { text: 'US and Iranian envoys met in Baghdad.', span: [0, 37] }, ...over,
  };
}

/** A coded-looking document (only the layers the store reads). */
export function storyDoc(id: string, text: string, meta: { url?: string; source?: string; date?: string } = {}): ParleyDocument {
  const doc = createDocument(metaFor(id, { url: meta.url ?? null, source: meta.source ?? null, date: meta.date ?? '2007-05-28' }), text);
  return withLayers(doc, {
    boilerplate: [],
    sentences: [{ index: 0, span: [0, text.length], firstToken: 0, endToken: 0, boilerplate: false }],
    actors: [],
  });
}
