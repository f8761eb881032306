/**
 * An article's reader layers, one row per article (schema 10): its sentences, actor mentions and
 * highlighted spans (event words, places, dates), each a JSON array of tuples, offsets in code
 * points. Only the article reader (`GET /api/articles/:id`) reads them, and only by article id:
 * until schema 9 they were ~100 rows an article in three tables with an index each, and writing
 * them cost about a quarter of the store's time per article.
 *
 * The tuples, in the order the document's layers hold them:
 * - sentences: `[index, start, end, boilerplate (0 or 1)]`;
 * - actors: `[sentence, code, country, roles ("GOV,MIL", '' for none), name, text, start, end]`;
 * - spans: `[kind ('trigger', 'place' or 'date'), sentence, start, end, label]` (label: the CAMEO
 *   code, the place's name, the date's value).
 */
import { layer, type ParleyDocument } from '../core/document.js';

/** A sentence tuple: index, start, end, boilerplate (0 or 1). */
export type SentenceTuple = [index: number, start: number, end: number, boilerplate: number];
/** An actor mention tuple: sentence, code, country, roles (comma-separated), name, text, start, end. */
export type ActorTuple = [sentence: number, code: string, country: string | null, roles: string, name: string | null, text: string, start: number, end: number];
/** A span tuple: kind, sentence, start, end, label. */
export type SpanTuple = [kind: 'trigger' | 'place' | 'date', sentence: number, start: number, end: number, label: string | null];

/** The stored row of an article's layers (JSON text of each). */
export interface ArticleLayersRow {
  readonly sentences: string;
  readonly actors: string;
  readonly spans: string;
}

/** An article's layers, parsed, in reading order (sentences by index, actors and spans by start, ties in stored order). */
export interface ArticleLayers {
  readonly sentences: readonly SentenceTuple[];
  readonly actors: readonly ActorTuple[];
  readonly spans: readonly SpanTuple[];
}

/**
 * The layers row of a coded document, `cp` turning its UTF-16 offsets into code points.
 *
 * @example
 * const row = articleLayersRow(doc, codePointIndex(doc.text));
 * JSON.parse(row.sentences)[0] // [0, 0, 42, 0]
 */
export function articleLayersRow(doc: ParleyDocument, cp: (utf16Offset: number) => number): ArticleLayersRow {
  const sentences: SentenceTuple[] = layer(doc, 'sentences').map((s) => [s.index, cp(s.span[0]), cp(s.span[1]), s.boilerplate ? 1 : 0]);
  const actors: ActorTuple[] = layer(doc, 'actors').map((a) => [
    a.sentence, a.code, a.country, a.roles.join(','), a.name, doc.text.slice(a.span[0], a.span[1]), cp(a.span[0]), cp(a.span[1]),
  ]);
  const spans: SpanTuple[] = [];
  for (const e of doc.layers.events ?? []) spans.push(['trigger', e.sentence, cp(e.triggerSpan[0]), cp(e.triggerSpan[1]), e.cameo]);
  for (const p of doc.layers.places ?? []) spans.push(['place', p.sentence, cp(p.span[0]), cp(p.span[1]), p.name]);
  for (const d of doc.layers.dates?.mentions ?? []) spans.push(['date', d.sentence, cp(d.span[0]), cp(d.span[1]), d.value]);
  return { sentences: JSON.stringify(sentences), actors: JSON.stringify(actors), spans: JSON.stringify(spans) };
}

/**
 * A stored layers row parsed, in the order the reader shows them (what schema 9's
 * `ORDER BY idx` and `ORDER BY start, rowid` gave); no row (an article with no layers) reads as empty layers.
 *
 * @example
 * parseArticleLayers({ sentences: '[[0,0,10,0]]', actors: '[]', spans: '[]' }).sentences // [[0, 0, 10, 0]]
 */
export function parseArticleLayers(row: ArticleLayersRow | undefined): ArticleLayers {
  if (row === undefined) return { sentences: [], actors: [], spans: [] };
  const sentences = (JSON.parse(row.sentences) as SentenceTuple[]).sort((a, b) => a[0] - b[0]);
  const actors = (JSON.parse(row.actors) as ActorTuple[]).sort((a, b) => a[6] - b[6]);
  const spans = (JSON.parse(row.spans) as SpanTuple[]).sort((a, b) => a[2] - b[2]);
  return { sentences, actors, spans };
}

/**
 * The SQL of schema migration 10: the layers table, filled from schema 9's three tables (each
 * article's rows in their stored order), which then go with their indexes.
 */
export const ARTICLE_LAYERS_SQL = `
    CREATE TABLE article_layers (
      article_id INTEGER PRIMARY KEY REFERENCES articles(id),
      sentences  TEXT NOT NULL,
      actors     TEXT NOT NULL,
      spans      TEXT NOT NULL
    );
    INSERT INTO article_layers (article_id, sentences, actors, spans)
      SELECT a.id,
        (SELECT json_group_array(json_array(s.idx, s.start, s.end, s.boilerplate) ORDER BY s.idx) FROM sentences s WHERE s.article_id = a.id),
        (SELECT json_group_array(json_array(m.sentence, m.code, m.country, m.roles, m.name, m.text, m.start, m.end) ORDER BY m.rowid) FROM actor_mentions m WHERE m.article_id = a.id),
        (SELECT json_group_array(json_array(p.kind, p.sentence, p.start, p.end, p.label) ORDER BY p.rowid) FROM article_spans p WHERE p.article_id = a.id)
      FROM articles a;
    DROP TABLE sentences;
    DROP TABLE actor_mentions;
    DROP TABLE article_spans;`;
