/** The shapes the API returns (docs/server.md); spans are [start, end) in code points. */

export type Span = readonly [number, number];
export type QuadClass = 1 | 2 | 3 | 4;

export interface Actor {
  readonly code: string;
  readonly country: string | null;
  readonly roles: readonly string[];
  readonly name: string | null;
  readonly text: string;
  readonly span: Span;
}

export interface EventRecord {
  readonly id: string;
  readonly doc_id: string;
  readonly sentence: number;
  readonly source: Actor | null;
  readonly target: Actor | null;
  readonly cameo: string;
  readonly cameo_root: string;
  readonly quad_class: QuadClass;
  readonly goldstein: number;
  readonly plover: { readonly type: string; readonly mode: string | null } | null;
  readonly date: { readonly value: string | null; readonly precision: string; readonly basis: string };
  readonly location: { readonly name: string | null; readonly country: string | null; readonly lat: number | null; readonly lon: number | null } | null;
  readonly modality: string;
  readonly confidence: number;
  readonly evidence: { readonly text: string; readonly span: Span };
  /** Present when the lead's trigger layer is stored: the event word(s). */
  readonly trigger?: Span | { readonly span: Span } | null;
}

/** A stored event from `GET /api/events`. */
export interface ApiEvent extends EventRecord {
  readonly mentions: number;
  readonly articles: number;
  readonly sources: number;
  readonly article_id: number | null;
}

export interface TimelinePoint {
  readonly period: string;
  readonly events: number;
  readonly mentions: number;
  readonly goldstein: number;
  readonly quad: Readonly<Record<QuadClass, number>>;
}

export interface PlaceRow {
  readonly place: string | null;
  readonly country: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly events: number;
  readonly mentions: number;
  readonly mean_goldstein: number;
}

export interface DyadRow {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  readonly mentions: number;
  readonly mean_goldstein: number;
}

export interface ActorRow {
  readonly code: string;
  readonly events: number;
  readonly as_source: number;
  readonly as_target: number;
}

export interface ArticleMeta {
  readonly id: number;
  readonly doc_id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly source: string | null;
  readonly date: string | null;
}

export interface SearchHit extends ArticleMeta {
  readonly snippet: string;
}

/** A span layer the reader highlights (triggers, places, dates), when the store keeps it. */
export interface SpanMention {
  readonly span: Span;
  readonly text?: string;
  readonly [more: string]: unknown;
}

/** One event mention of an article, with the stored event it joined. */
export interface ArticleEventMention extends EventRecord {
  readonly event: { readonly id: string; readonly mentions: number; readonly articles: number; readonly sources: number };
}

export interface ArticleDetail {
  readonly article: ArticleMeta & { readonly text: string; readonly format: string };
  readonly layers: {
    readonly boilerplate: readonly Span[];
    readonly sentences: readonly { readonly index: number; readonly span: Span; readonly boilerplate: boolean }[];
    readonly actors: readonly (Actor & { readonly sentence: number })[];
    readonly events: readonly ArticleEventMention[];
    readonly triggers?: readonly SpanMention[];
    readonly places?: readonly SpanMention[];
    readonly dates?: readonly SpanMention[];
  };
  readonly not_stored?: readonly string[];
}

export interface StoreSummary {
  readonly articles: number;
  readonly events: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}
