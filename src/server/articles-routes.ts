import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { EventRecord } from '../core/event-record.js';
import { isParleyError } from '../core/errors.js';
import { jsonlRecordDocument } from '../stages/ingest/jsonl-record.js';
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
  const sentences = db.prepare<[number], { index: number; start: number; end: number; boilerplate: number }>(
    'SELECT idx AS "index", start, end, boilerplate FROM sentences WHERE article_id = ? ORDER BY idx');
  const actors = db.prepare<[number], { sentence: number; code: string; country: string | null; roles: string; name: string | null; text: string; start: number; end: number }>(
    'SELECT sentence, code, country, roles, name, text, start, end FROM actor_mentions WHERE article_id = ? ORDER BY start, rowid');
  const spans = db.prepare<[number], { kind: 'trigger' | 'place' | 'date'; sentence: number; start: number; end: number; label: string | null }>(
    'SELECT kind, sentence, start, end, label FROM article_spans WHERE article_id = ? ORDER BY start, rowid');
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
      const layers = spanLayers(spans.all(id));
      return c.json({
        article: { ...meta, text },
        offsets: 'code points',
        layers: {
          boilerplate: JSON.parse(boilerplate) as [number, number][],
          sentences: sentences.all(id).map((s) => ({ index: s.index, span: [s.start, s.end], boilerplate: s.boilerplate === 1 })),
          actors: actors.all(id).map((a) => ({
            sentence: a.sentence, code: a.code, country: a.country, roles: a.roles === '' ? [] : a.roles.split(','), name: a.name, text: a.text, span: [a.start, a.end],
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

interface SpanRow { kind: 'trigger' | 'place' | 'date'; sentence: number; start: number; end: number; label: string | null }
interface TriggerSpan { sentence: number; span: [number, number]; cameo: string | null }

/** An article's stored span rows as the reader's layers: event words (with their CAMEO code), places (name) and dates (value). */
function spanLayers(rows: readonly SpanRow[]): { triggers: TriggerSpan[]; places: { sentence: number; span: [number, number]; name: string | null }[]; dates: { sentence: number; span: [number, number]; value: string | null }[] } {
  const out = { triggers: [] as TriggerSpan[], places: [] as { sentence: number; span: [number, number]; name: string | null }[], dates: [] as { sentence: number; span: [number, number]; value: string | null }[] };
  for (const r of rows) {
    const span: [number, number] = [r.start, r.end];
    if (r.kind === 'trigger') out.triggers.push({ sentence: r.sentence, span, cameo: r.label });
    else if (r.kind === 'place') out.places.push({ sentence: r.sentence, span, name: r.label });
    else out.dates.push({ sentence: r.sentence, span, value: r.label });
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
