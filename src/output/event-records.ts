import * as crypto from 'node:crypto';
import type { ActorMention } from '../core/actor.js';
import { layer, type ParleyDocument } from '../core/document.js';
import type { EventRecord, ActorRecord } from '../core/event-record.js';
import type { EventDate, EventLocation, Modality } from '../core/event.js';
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
  const text = doc.text;
  const docId = doc.meta.id;
  const cp = HIGH_SURROGATE.test(text) ? codePointIndex(text) : sameOffset;
  const seen = new Set<string>();
  // Records share what their events share: an event's date, place and actors are most often the
  // previous event's (same object), and a sentence's evidence is built once. The records then
  // share those parts, and the serialiser (`eventLines`) writes each once.
  const evidenceOf: EventRecord['evidence'][] = [];
  let lastDate: EventDate | null = null;
  let dateOut: EventRecord['date'] = NO_DATE;
  let lastPlace: EventLocation | null = null;
  let placeOut: EventRecord['location'] = null;
  const actorsOut = new ActorRecords(text, cp);
  const out: EventRecord[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const source = e.source;
    const target = e.target;
    const code = ontology.cameo(e.cameo);
    const date = dates[i];
    const modality: Modality = date.historical && (e.modality === 'asserted' || e.modality === 'reported') ? 'historical' : e.modality;
    const id = eventId(docId, e.sentence, e.triggerSpan[0], source, target, e.cameo);
    if (seen.has(id)) continue;
    seen.add(id);
    if (date !== lastDate) {
      lastDate = date;
      dateOut = { value: date.value, precision: date.precision, basis: date.basis };
    }
    const loc = locations[i];
    if (loc && loc !== lastPlace) {
      lastPlace = loc;
      placeOut = { name: loc.name, country: loc.country, lat: loc.lat, lon: loc.lon, geonames_id: loc.geonamesId };
    }
    let evidence = evidenceOf[e.sentence];
    if (evidence === undefined) {
      const span = sentences[e.sentence].span;
      evidence = { text: text.slice(span[0], span[1]), span: [cp(span[0]), cp(span[1])] };
      evidenceOf[e.sentence] = evidence;
    }
    // One literal, keys in the contract's order: every record shares a hidden class and prints in that order.
    out.push({
      id,
      doc_id: docId,
      sentence: e.sentence,
      source: source && actorsOut.of(source),
      target: target && actorsOut.of(target),
      cameo: e.cameo,
      cameo_root: code.root,
      quad_class: code.quadClass,
      goldstein: code.goldstein,
      plover: ontology.ploverOf(e.cameo),
      date: dateOut,
      location: loc && placeOut,
      modality,
      confidence: confidence[i],
      evidence,
    });
  }
  return out;
}

// A text without high surrogates has no astral characters: its offsets are code points already
// (`codePointIndex` finds the same, scanning in JavaScript; the regular expression scans natively).
const HIGH_SURROGATE = /[\ud800-\udbff]/;
const sameOffset = (utf16Offset: number): number => utf16Offset;

// Never shown: the first event's date replaces it.
const NO_DATE: EventRecord['date'] = { value: null, precision: 'day', basis: 'none' };

/** The actor records of one document's events, the last two remembered (an event's source and target). */
class ActorRecords {
  private lastMention: ActorMention | null = null;
  private lastRecord: ActorRecord | null = null;
  private otherMention: ActorMention | null = null;
  private otherRecord: ActorRecord | null = null;

  constructor(private readonly text: string, private readonly cp: (utf16Offset: number) => number) {}

  of(a: ActorMention): ActorRecord {
    if (a === this.lastMention) return this.lastRecord as ActorRecord;
    if (a === this.otherMention) return this.otherRecord as ActorRecord;
    const span = a.span;
    const record: ActorRecord = {
      code: a.code, country: a.country, roles: a.roles, name: a.name, text: this.text.slice(span[0], span[1]), span: [this.cp(span[0]), this.cp(span[1])],
    };
    this.otherMention = this.lastMention;
    this.otherRecord = this.lastRecord;
    this.lastMention = a;
    this.lastRecord = record;
    return record;
  }
}

// One-shot hashing (Node >= 20.12) skips building a Hash object per event; the digest is the same.
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** The first 20 hex digits of the SHA-1 of what identifies an event, its parts joined by U+241F. */
function eventId(docId: string, sentence: number, trigger: number, source: ActorMention | null, target: ActorMention | null, cameo: string): string {
  const key = `${docId}\u241f${sentence}\u241f${trigger}\u241f${source?.code ?? ''}\u241f${source?.span[0] ?? -1}\u241f${target?.code ?? ''}\u241f${target?.span[0] ?? -1}\u241f${cameo}`;
  const hex = oneShotHash ? oneShotHash('sha1', key, 'hex') : crypto.createHash('sha1').update(key).digest('hex');
  return hex.slice(0, 20);
}
