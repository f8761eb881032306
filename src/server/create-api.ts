import { Hono } from 'hono';
import { isParleyError } from '../core/errors.js';
import type { Store } from '../store/open-store.js';
import { actorsRoutes } from './actors-routes.js';
import { aggregatesRoutes } from './aggregates-routes.js';
import { ApiError, errorResponse } from './api-error.js';
import type { ArticleIngest } from './article-ingest.js';
import { articlesRoutes } from './articles-routes.js';
import { dashboardRoutes } from './dashboard-routes.js';
import { dyadsRoutes } from './dyads-routes.js';
import { eventsRoutes } from './events-routes.js';
import { healthRoutes } from './health-routes.js';
import { OPENAPI_DOCUMENT } from './openapi-document.js';
import { placesRoutes } from './places-routes.js';
import { responseCache, type ResponseCacheOptions } from './response-cache.js';
import { searchRoutes } from './search-routes.js';

export interface ApiOptions {
  /** The open store the API reads (and, with a token, writes). */
  readonly db: Store;
  /** With a token, `POST /api/articles` takes writes that carry it; without one the API is read-only. */
  readonly token?: string;
  /** Codes and stores a posted article (the CLI wires the coder into `createArticleIngest`). */
  readonly ingest?: ArticleIngest;
  /** A folder holding the built dashboard, served at `/`. */
  readonly web?: string;
  /** Told about each unexpected failure (a 500), e.g. to print it; the client sees only that it failed. */
  readonly onFailure?: (error: unknown) => void;
  /** Bounds of the cache of `GET /api/*` answers (on by default, dropped whenever the store changes); `false` turns it off. */
  readonly cache?: ResponseCacheOptions | false;
}

/**
 * The HTTP API over a store, as a Hono app: serve it with @hono/node-server, or test it in
 * process with `app.request()`.
 *
 * @example
 * const app = createApi({ db: openStore('parley.db', { readonly: true }) });
 * const res = await app.request('/api/events?dyad=USA,IRN&limit=10');
 */
export function createApi(options: ApiOptions): Hono {
  const store = options.db;
  const token = options.token === '' ? undefined : options.token;
  const app = new Hono();
  app.use('*', async (c, next) => {
    // Set before the answer is built, so that it is built with it: setting a header on a finished
    // answer makes Hono copy the answer (its body as a stream), a cost on every request.
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
    if (c.res.headers.get('X-Content-Type-Options') === null) c.header('X-Content-Type-Options', 'nosniff');
  });
  app.get('/openapi.json', (c) => c.json(OPENAPI_DOCUMENT));
  if (options.cache !== false) app.use('/api/*', responseCache(store, options.cache));
  app.route('/api', healthRoutes(store, token !== undefined && options.ingest !== undefined));
  app.route('/api', eventsRoutes(store));
  app.route('/api', aggregatesRoutes(store));
  app.route('/api', actorsRoutes(store));
  app.route('/api', dyadsRoutes(store));
  app.route('/api', placesRoutes(store));
  app.route('/api', articlesRoutes(store, { token, ingest: options.ingest }));
  app.route('/api', searchRoutes(store));
  app.all('/api/*', (c) => errorResponse(c, new ApiError(404, 'NOT_FOUND', `no endpoint ${c.req.method} ${c.req.path} (see /openapi.json)`)));
  app.route('/', dashboardRoutes(options.web));
  app.notFound((c) => errorResponse(c, new ApiError(404, 'NOT_FOUND', `nothing at ${c.req.path}`)));
  app.onError((e, c) => {
    if (e instanceof ApiError) return errorResponse(c, e);
    if (isParleyError(e) && e.code === 'USAGE') return errorResponse(c, new ApiError(400, 'INVALID_PARAMETER', e.message));
    options.onFailure?.(e);
    return errorResponse(c, new ApiError(500, 'INTERNAL', 'the server failed to answer this request'));
  });
  return app;
}
