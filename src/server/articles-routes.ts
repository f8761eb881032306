import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { EventRecord } from '../core/event-record.js';
import { isParleyError } from '../core/errors.js';
import { jsonlRecordDocument } from '../stages/ingest/jsonl-record.js';
import { parseArticleLayers, type ArticleLayersRow, type SpanTuple } from '../store/article-layers.js';
import type { Store } from '../store/open-store.js';
import { mentionRecordSql } from '../store/mention-record.js';
import { ApiError, errorResponse } from './api-error.js';
import type { ArticleIngest } from './article-ingest.js';
import { bearerTokenMatches } from './bearer-token.js';
import { MAX_LIMIT, queryParameters } from './query-parameters.js';

/** The largest article body `POST /api/articles` reads. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface ArticlesRoutesOptions {
  readonly token?: string;
  readonly ingest?: ArticleIngest;
}

/**
 * `GET /api/articles` (stored articles, in storage order), `GET /api/articles/:id` (one article's
 * text with every stored span layer and its event mentions) and `POST /api/articles` (code and
 * store one article; only with a token, checked on every request).
 *
 * @example
 * app.route('/api', articlesRoutes(store, { token, ingest }));
 */
export function articlesRoutes(store: Store, options: ArticlesRoutesOptions): Hono {
  const db = store.db;
  const list = db.prepare<[number, number], ArticleRow>(`SELECT id, doc_id, url, title, source, date, format FROM articles WHERE id > ? ORDER BY id LIMIT ?`);
  const article = db.prepare<[number], ArticleRow & { text: string; boilerplate: string; ingested_at: string }>('SELECT * FROM articles WHERE id = ?');
  const articleLayers = db.prepare<[number], ArticleLayersRow>('SELECT sentences, actors, spans FROM article_layers WHERE article_id = ?');
  const mentions = db.prepare<[number], { record: string; event_id: string; event_mentions: number; event_articles: number; event_sources: number }>(
    `SELECT ${mentionRecordSql('m')} AS record, (SELECT f.record_id FROM mentions f WHERE f.event_id = m.event_id ORDER BY f.id LIMIT 1) AS event_id,
      e.num_mentions AS event_mentions, e.num_articles AS event_articles, e.num_sources AS event_sources
    FROM mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = ? ORDER BY m.id`);

  return new Hono()
    .get('/articles', (c) => {
      const q = queryParameters(c, ['limit', 'cursor']);
      const limit = q.integer('limit', 1, MAX_LIMIT, 100);
      const after = Number(q.match('cursor', /^\d{1,15}$/, "a cursor from a previous page's 'next'") ?? 0);
      const rows = list.all(after, limit + 1);
      const more = rows.length > limit;
      return c.json({ articles: rows.slice(0, limit), next: more ? String(rows[limit - 1].id) : null });
    })
    .get('/articles/:id', (c) => {
      queryParameters(c, []);
      const raw = c.req.param('id');
      const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isSafeInteger(id) || id < 1) throw new ApiError(400, 'INVALID_PARAMETER', `'id' must be an article's store id (a positive whole number), not ${JSON.stringify(raw.slice(0, 40))}`, 'id');
      const row = article.get(id);
      if (!row) throw new ApiError(404, 'NOT_FOUND', `no article ${id} in the store`);
      const { text, boilerplate, ...meta } = row;
      const stored = parseArticleLayers(articleLayers.get(id));
      const layers = spanLayers(stored.spans);
      return c.json({
        article: { ...meta, text },
        offsets: 'code points',
        layers: {
          boilerplate: JSON.parse(boilerplate) as [number, number][],
          sentences: stored.sentences.map(([index, start, end, boilerplate]) => ({ index, span: [start, end], boilerplate: boilerplate === 1 })),
          actors: stored.actors.map(([sentence, code, country, roles, name, text, start, end]) => ({
            sentence, code, country, roles: roles === '' ? [] : roles.split(','), name, text, span: [start, end],
          })),
          triggers: layers.triggers,
          places: layers.places,
          dates: layers.dates,
          events: mentions.all(id).map((m) => {
            const record = JSON.parse(m.record) as EventRecord;
            return {
              ...record,
              trigger: triggerOf(record, layers.triggers),
              event: { id: m.event_id, mentions: m.event_mentions, articles: m.event_articles, sources: m.event_sources },
            };
          }),
        },
      });
    })
    .post('/articles', (c, next) => {
      if (options.token === undefined) throw new ApiError(403, 'READ_ONLY', 'this server is read-only: start it with --token to accept articles');
      if (!bearerTokenMatches(c.req.header('Authorization'), options.token)) {
        c.header('WWW-Authenticate', 'Bearer realm="parley"');
        throw new ApiError(401, 'UNAUTHORIZED', 'writing needs the header Authorization: Bearer TOKEN with the token the server was started with');
      }
      return next();
    }, bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => errorResponse(c, new ApiError(413, 'PAYLOAD_TOO_LARGE', `the body is larger than ${MAX_BODY_BYTES} bytes`)),
    }), async (c) => {
      if (!options.ingest) throw new ApiError(403, 'READ_ONLY', 'this server has no coder to ingest articles with');
      const body = await c.req.text();
      const doc = jsonlRecordDocument(body, 'body', 1, null);
      if (isParleyError(doc)) throw new ApiError(400, 'INVALID_BODY', `${doc.message}; send one record {"id", "text", "date"?, "url"?, "title"?, "source"?} as JSON`);
      const outcome = options.ingest(doc);
      return c.json({ status: outcome.status, article_id: outcome.articleId, mentions: outcome.mentions, new_events: outcome.newEvents }, outcome.status === 'stored' ? 201 : 200);
    });
}

interface ArticleRow { id: number; doc_id: string; url: string | null; title: string | null; source: string | null; date: string | null; format: string }

interface TriggerSpan { sentence: number; span: [number, number]; cameo: string | null }

/** An article's stored span rows as the reader's layers: event words (with their CAMEO code), places (name) and dates (value). */
function spanLayers(rows: readonly SpanTuple[]): { triggers: TriggerSpan[]; places: { sentence: number; span: [number, number]; name: string | null }[]; dates: { sentence: number; span: [number, number]; value: string | null }[] } {
  const out = { triggers: [] as TriggerSpan[], places: [] as { sentence: number; span: [number, number]; name: string | null }[], dates: [] as { sentence: number; span: [number, number]; value: string | null }[] };
  for (const [kind, sentence, start, end, label] of rows) {
    const span: [number, number] = [start, end];
    if (kind === 'trigger') out.triggers.push({ sentence, span, cameo: label });
    else if (kind === 'place') out.places.push({ sentence, span, name: label });
    else out.dates.push({ sentence, span, value: label });
  }
  return out;
}

/**
 * The words that triggered a mention: the trigger of its sentence coded with its CAMEO code (the
 * first, when one sentence has two such events), else null (an article stored before schema 2).
 */
function triggerOf(record: EventRecord, triggers: readonly TriggerSpan[]): [number, number] | null {
  return triggers.find((t) => t.sentence === record.sentence && t.cameo === record.cameo)?.span ?? null;
}
