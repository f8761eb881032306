import type { ActorRecord, EventRecord } from '../core/event-record.js';

// Characters JSON.stringify escapes in a string (quote, backslash, controls) or may (surrogates,
// escaped when unpaired); a string without any is printed as it is, between quotes.
// eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
// Dictionary strings up to this length are remembered with their JSON.
const SHORT = 48;

/** Thrown while writing a record that is not of the usual shape: it then falls back. */
class UnusualRecord extends Error {}

/**
 * One event record as JSON, byte for byte what `JSON.stringify(record)` gives: the keys are
 * written in the record's fixed order as literals, a string that needs no escaping is quoted
 * without a copy, and numbers print as JSON prints them. A record that is not of the usual shape
 * (an `undefined` field, a non-finite number) goes to `JSON.stringify` itself, so the output is
 * the same whatever the record holds. The record's keys must be in the order `toEventRecords`
 * writes them (the contract's order).
 *
 * @example
 * eventRecordJson(record) === JSON.stringify(record) // true
 */
export function eventRecordJson(r: EventRecord): string {
  return recordJson(r, new Writer());
}

/**
 * The JSON of each of a document's event records, as {@link eventRecordJson} gives it one by one,
 * writing what the records share once (the store keeps each record's JSON).
 *
 * @example
 * eventRecordJsons(records)[0] === JSON.stringify(records[0]) // true
 */
export function eventRecordJsons(records: readonly EventRecord[]): string[] {
  const writer = new Writer();
  return records.map((r) => recordJson(r, writer));
}

/**
 * The JSON lines of a document's event records, as `parley code --format jsonl` writes them:
 * `JSON.stringify` of each record and a newline, byte for byte, about twice as fast. What the
 * records of a document share (the same strings, codes, dates, places, evidence) is written once.
 *
 * @example
 * eventLines(toEventRecords(doc, ontology)) // '{"id":"...",...}\n{"id":"...",...}\n'
 */
export function eventLines(records: readonly EventRecord[]): string {
  const writer = new Writer();
  let out = '';
  for (let i = 0; i < records.length; i++) out += `${recordJson(records[i], writer)}\n`;
  return out;
}

/** A record's fields that follow from its CAMEO code, and their JSON. */
interface CodeFields {
  readonly root: string;
  readonly quadClass: number;
  readonly goldstein: number;
  readonly plover: EventRecord['plover'];
  readonly json: string;
}

/**
 * Writes the parts of one document's records and remembers what it wrote: short dictionary
 * strings with their JSON, the fields of each CAMEO code, and the last actor, date, place and
 * evidence (consecutive records most often share them, see `toEventRecords`).
 */
class Writer {
  private readonly strings = new Map<string, string>();
  private readonly codes = new Map<string, CodeFields>();
  private lastActors: [ActorRecord | null, string, ActorRecord | null, string] = [null, '', null, ''];
  private lastDate: EventRecord['date'] | null = null;
  private lastDateJson = '';
  private lastPlace: EventRecord['location'] = null;
  private lastPlaceJson = '';
  private lastEvidence: EventRecord['evidence'] | null = null;
  private lastEvidenceJson = '';

  // A string of the dictionaries or the ontology (a code, a role, a name, a word): shared by many
  // records, and its hash is kept, so looking its JSON up is cheaper than writing it.
  str(s: string): string {
    if (typeof s !== 'string') throw new UnusualRecord();
    if (s.length > SHORT) return quote(s);
    let json = this.strings.get(s);
    if (json === undefined) {
      json = quote(s);
      this.strings.set(s, json);
    }
    return json;
  }

  strOrNull(s: string | null): string {
    return s === null ? 'null' : this.str(s);
  }

  // A string seen once or cut from the text (an id, an actor's words): written, not looked up.
  fresh(s: string): string {
    if (typeof s !== 'string') throw new UnusualRecord();
    return quote(s);
  }

  // A finite number prints as String prints it (JSON.stringify does the same, -0 as 0 included).
  num(n: number): string {
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new UnusualRecord();
    return String(n);
  }

  numOrNull(n: number | null): string {
    return n === null ? 'null' : this.num(n);
  }

  span(s: readonly [number, number]): string {
    if (!Array.isArray(s) || s.length !== 2) throw new UnusualRecord();
    return `[${this.num(s[0])},${this.num(s[1])}]`;
  }

  // `"cameo":...,"plover":...`: the same for every record with the same code and code fields.
  code(r: EventRecord, plover: EventRecord['plover']): string {
    const known = this.codes.get(r.cameo);
    if (known !== undefined && known.root === r.cameo_root && known.quadClass === r.quad_class && known.goldstein === r.goldstein && known.plover === plover) {
      return known.json;
    }
    const json = `"cameo":${this.str(r.cameo)},"cameo_root":${this.str(r.cameo_root)},"quad_class":${this.num(r.quad_class)},` +
      `"goldstein":${this.num(r.goldstein)},"plover":${plover === null ? 'null' : `{"type":${this.str(plover.type)},"mode":${this.str(plover.mode)}}`}`;
    this.codes.set(r.cameo, { root: r.cameo_root, quadClass: r.quad_class, goldstein: r.goldstein, plover, json });
    return json;
  }

  actor(a: ActorRecord | null): string {
    if (a === null) return 'null';
    const last = this.lastActors;
    if (a === last[0]) return last[1];
    if (a === last[2]) return last[3];
    const roles = part(part(a).roles);
    if (!Array.isArray(roles)) throw new UnusualRecord();
    let list = '';
    for (let i = 0; i < roles.length; i++) list += i === 0 ? this.str(roles[i]) : `,${this.str(roles[i])}`;
    const json = `{"code":${this.str(a.code)},"country":${this.strOrNull(a.country)},"roles":[${list}],"name":${this.strOrNull(a.name)},` +
      `"text":${this.fresh(a.text)},"span":${this.span(a.span)}}`;
    this.lastActors = [a, json, last[0], last[1]];
    return json;
  }

  // Dates are compared by value: events of a sentence get equal dates as different objects.
  date(d: EventRecord['date']): string {
    const last = this.lastDate;
    if (last !== null && d.value === last.value && d.precision === last.precision && d.basis === last.basis) return this.lastDateJson;
    const json = `{"value":${this.strOrNull(d.value)},"precision":${this.str(d.precision)},"basis":${this.str(d.basis)}}`;
    this.lastDate = d;
    this.lastDateJson = json;
    return json;
  }

  place(p: NonNullable<EventRecord['location']>): string {
    if (p === this.lastPlace) return this.lastPlaceJson;
    const json = `{"name":${this.str(p.name)},"country":${this.strOrNull(p.country)},` +
      `"lat":${this.numOrNull(p.lat)},"lon":${this.numOrNull(p.lon)},"geonames_id":${this.numOrNull(p.geonames_id)}}`;
    this.lastPlace = p;
    this.lastPlaceJson = json;
    return json;
  }

  evidence(e: EventRecord['evidence']): string {
    if (e === this.lastEvidence) return this.lastEvidenceJson;
    const json = `{"text":${this.fresh(e.text)},"span":${this.span(e.span)}}`;
    this.lastEvidence = e;
    this.lastEvidenceJson = json;
    return json;
  }
}

function recordJson(r: EventRecord, w: Writer): string {
  try {
    const date = part(r.date);
    const location = r.location === null ? null : part(r.location);
    const plover = r.plover === null ? null : part(r.plover);
    const evidence = part(r.evidence);
    return `{"id":${w.fresh(r.id)},"doc_id":${w.str(r.doc_id)},"sentence":${w.num(r.sentence)},` +
      `"source":${w.actor(r.source)},"target":${w.actor(r.target)},${w.code(r, plover)},` +
      `"date":${w.date(date)},"location":${location === null ? 'null' : w.place(location)},` +
      `"modality":${w.str(r.modality)},"confidence":${w.num(r.confidence)},"evidence":${w.evidence(evidence)}}`;
  } catch (e) {
    if (e instanceof UnusualRecord) return JSON.stringify(r);
    throw e;
  }
}

// A nested object of the record: anything else (undefined) is unusual.
function part<T>(o: T): T {
  if (typeof o !== 'object' || o === null) throw new UnusualRecord();
  return o;
}

function quote(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}
