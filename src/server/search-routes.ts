import { Hono } from 'hono';
import type { Store } from '../store/open-store.js';
import { invalidParameter } from './api-error.js';
import { withFtsErrors } from './fts-errors.js';
import { queryParameters } from './query-parameters.js';

const MAX_SEARCH_RESULTS = 100;
const MAX_SEARCH_OFFSET = 10_000;

/**
 * `GET /api/search?q=WORDS`: the stored articles whose title or text match an FTS5 query, best
 * first (bm25), each with a plain-text snippet around the match; `cursor` is the offset of the
 * next page.
 *
 * @example
 * app.route('/api', searchRoutes(store)); // GET /api/search?q=ceasefire%20AND%20Yemen
 */
export function searchRoutes(store: Store): Hono {
  const search = store.db.prepare<[string, number, number], { id: number; doc_id: string; url: string | null; title: string | null; source: string | null; date: string | null; snippet: string }>(
    `SELECT a.id, a.doc_id, a.url, a.title, a.source, a.date, snippet(articles_fts, 1, '', '', '…', 24) AS snippet
    FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id LIMIT ? OFFSET ?`);
  return new Hono().get('/search', (c) => {
    const q = queryParameters(c, ['q', 'limit', 'cursor']);
    const words = q.text('q');
    if (words === undefined) throw invalidParameter('q', "'q' (the words to search for) is required");
    const limit = q.integer('limit', 1, MAX_SEARCH_RESULTS, 20);
    const offset = q.integer('cursor', 0, MAX_SEARCH_OFFSET, 0);
    const rows = withFtsErrors('q', words, () => search.all(words, limit + 1, offset));
    const more = rows.length > limit && offset + limit <= MAX_SEARCH_OFFSET;
    return c.json({ articles: rows.slice(0, limit), next: more ? String(offset + limit) : null });
  });
}
