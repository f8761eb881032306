import type { Span } from './span.js';
import type { TokenTable } from './tokens.js';
import type { ActorMention } from './actor.js';
import type { CodedEvent, EventDate, EventLocation } from './event.js';
import type { PlaceMention } from './place.js';
import type { DatesLayer } from './dates.js';

export type InputFormat = 'text' | 'html' | 'jsonl' | 'rss' | 'warc';

/** What is known about a document before any analysis. */
export interface DocumentMeta {
  /** Becomes every event's `doc_id`: a JSONL record's id, or a file's base name. */
  readonly id: string;
  readonly title: string | null;
  /** Publication date, YYYY-MM-DD, when the input (or `--date`) gives one. */
  readonly date: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly byline: string | null;
  readonly format: InputFormat;
  /** Where it came from, for error messages: `a.txt`, `feed.jsonl:12`, `-`. */
  readonly origin: string;
}

export interface Sentence {
  readonly index: number;
  readonly span: Span;
  /** Token range `[firstToken, endToken)` in the document's token table. */
  readonly firstToken: number;
  readonly endToken: number;
  /** True when the sentence lies in marked boilerplate: nothing is coded from it. */
  readonly boilerplate: boolean;
}

/**
 * Every analysis layer a stage may provide. Each stage adds layers and never edits one already
 * there; a layer points into the text by spans and into the token table by indexes.
 */
export interface Layers {
  readonly boilerplate: readonly Span[];
  readonly sentences: readonly Sentence[];
  readonly tokens: TokenTable;
  readonly actors: readonly ActorMention[];
  /** Country and capital names read as places ("in Baghdad"), kept for events whose target is where they happened. */
  readonly locatives: readonly LocativeMention[];
  readonly events: readonly CodedEvent[];
  readonly places: readonly PlaceMention[];
  /** Aligned with `events`: where each event happened, or null. */
  readonly eventLocations: readonly (EventLocation | null)[];
  readonly dates: DatesLayer;
  /** Aligned with `events`: when each event happened. */
  readonly eventDates: readonly EventDate[];
  /** Aligned with `events`: the coder's calibrated belief in each event. */
  readonly eventConfidence: readonly number[];
}

export type LayerName = keyof Layers;

/** A country or capital named as a place, not an actor: "talks in Iraq", "a rally in Beijing". */
export interface LocativeMention {
  readonly kind: 'locative';
  readonly sentence: number;
  readonly tokens: readonly [number, number];
  readonly country: string;
}

/** One document under analysis: the text, never edited, and the layers found so far. */
export interface ParleyDocument {
  readonly kind: 'document';
  readonly meta: DocumentMeta;
  readonly text: string;
  readonly layers: Partial<Layers>;
}

const NO_LAYERS: Partial<Layers> = Object.freeze({});

export function createDocument(meta: DocumentMeta, text: string): ParleyDocument {
  return Object.freeze({ kind: 'document', meta: copyMeta(meta), text, layers: NO_LAYERS });
}

/**
 * A frozen copy of `meta` built field by field: every document's metadata then shares one
 * hidden class, where a spread copy gets one of its own, which slows every later `doc.meta.id`.
 */
function copyMeta(m: DocumentMeta): DocumentMeta {
  return Object.freeze({
    id: m.id, title: m.title, date: m.date, url: m.url, source: m.source, byline: m.byline, format: m.format, origin: m.origin,
  });
}

export function isDocument(x: unknown): x is ParleyDocument {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'document';
}

/** A new document with `added` layers on top of `doc`'s. */
export function withLayers(doc: ParleyDocument, added: Partial<Layers>): ParleyDocument {
  // Fields named and layers assigned, not spread: spreading frozen objects takes a slow path.
  return Object.freeze({ kind: 'document', meta: doc.meta, text: doc.text, layers: Object.freeze(Object.assign({}, doc.layers, added)) });
}

/**
 * The layer `name` of `doc`; throws when an earlier stage did not provide it (the pipeline checks
 * this when it is built, so this only fires for hand-built documents in tests).
 */
export function layer<K extends LayerName>(doc: ParleyDocument, name: K): Layers[K] {
  const value = doc.layers[name];
  if (value === undefined) throw new Error(`document ${doc.meta.id} has no '${name}' layer`);
  return value as Layers[K];
}

/** Default metadata for tests and for plain text with nothing known. */
export function metaFor(id: string, over: Partial<DocumentMeta> = {}): DocumentMeta {
  return { id, title: null, date: null, url: null, source: null, byline: null, format: 'text', origin: id, ...over };
}
