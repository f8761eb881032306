import * as crypto from 'node:crypto';
import type { ActorMention } from '../core/actor.js';
import { layer, type ParleyDocument } from '../core/document.js';
import type { EventRecord, ActorRecord } from '../core/event-record.js';
import type { Modality } from '../core/event.js';
import { codePointIndex } from '../core/span.js';
import type { Ontology } from '../ontology/types.js';

/**
 * The contract's event records for a fully coded document: every layer joined, offsets in code
 * points, ids stable for the same input.
 *
 * @example
 * toEventRecords(pipeline.run(doc), ontology).map((e) => JSON.stringify(e)).join('\n')
 */
export function toEventRecords(doc: ParleyDocument, ontology: Ontology): EventRecord[] {
  const events = layer(doc, 'events');
  const sentences = layer(doc, 'sentences');
  const locations = layer(doc, 'eventLocations');
  const dates = layer(doc, 'eventDates');
  const confidence = layer(doc, 'eventConfidence');
  const cp = codePointIndex(doc.text);
  const actor = (a: ActorMention | null): ActorRecord | null => a && {
    code: a.code, country: a.country, roles: a.roles, name: a.name,
    text: doc.text.slice(a.span[0], a.span[1]), span: [cp(a.span[0]), cp(a.span[1])],
  };
  const seen = new Set<string>();
  const out: EventRecord[] = [];
  events.forEach((e, i) => {
    const sentence = sentences[e.sentence];
    const code = ontology.cameo(e.cameo);
    const date = dates[i];
    const loc = locations[i];
    const modality: Modality = date.historical && (e.modality === 'asserted' || e.modality === 'reported') ? 'historical' : e.modality;
    const id = eventId(doc.meta.id, e.sentence, e.triggerSpan[0], e.source?.code ?? '', e.source?.span[0] ?? -1, e.target?.code ?? '', e.target?.span[0] ?? -1, e.cameo);
    if (seen.has(id)) return;
    seen.add(id);
    out.push({
      id,
      doc_id: doc.meta.id,
      sentence: e.sentence,
      source: actor(e.source),
      target: actor(e.target),
      cameo: e.cameo,
      cameo_root: code.root,
      quad_class: code.quadClass,
      goldstein: code.goldstein,
      plover: ontology.ploverOf(e.cameo),
      date: { value: date.value, precision: date.precision, basis: date.basis },
      location: loc && { name: loc.name, country: loc.country, lat: loc.lat, lon: loc.lon, geonames_id: loc.geonamesId },
      modality,
      confidence: confidence[i],
      evidence: { text: doc.text.slice(sentence.span[0], sentence.span[1]), span: [cp(sentence.span[0]), cp(sentence.span[1])] },
    });
  });
  return out;
}

// One-shot hashing (Node >= 20.12) skips building a Hash object per event; the digest is the same.
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

function eventId(...parts: (string | number)[]): string {
  const key = parts.join('\u241f');
  const hex = oneShotHash ? oneShotHash('sha1', key, 'hex') : crypto.createHash('sha1').update(key).digest('hex');
  return hex.slice(0, 20);
}
