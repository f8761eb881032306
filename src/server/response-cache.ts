import type { Context, MiddlewareHandler } from 'hono';
import type { Store } from '../store/open-store.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** The JSON text of the answer, when the route built it as text (`jsonAnswer`). */
    jsonText: string;
  }
}

/**
 * A 200 answer of JSON text, the same as `c.json` would send for the value it prints, that also
 * hands the text to the response cache: reading the body back out of the answer costs about as
 * much as sending it (the text is encoded into a stream and decoded again, ~0.4 ms for an event
 * page of 150).
 *
 * @example
 * return jsonAnswer(c, JSON.stringify({ per, timeline }));
 */
export function jsonAnswer(c: Context, text: string): Response {
  c.set('jsonText', text);
  return c.body(text, 200, { 'Content-Type': 'application/json' });
}

/** Bounds of the response cache. */
export interface ResponseCacheOptions {
  /** Most bodies kept (default 2,000). */
  readonly maxEntries?: number;
  /** Most bytes of bodies kept (default 64 MB); a body larger than an eighth of it is never kept. */
  readonly maxBytes?: number;
}

interface Entry { readonly body: string; readonly bytes: number; readonly type: string }

/** Paths never cached: the health check must touch the store each time. */
const UNCACHED = new Set(['/api/health']);

/**
 * A middleware that keeps the JSON bodies of successful `GET /api/*` answers, least recently used
 * dropped first, keyed by the path and the query parameters in sorted order, and answers a repeat
 * from memory while the store is unchanged.
 *
 * Unchanged means: SQLite's `data_version` (which moves when another connection, such as a
 * `parley ingest` running beside the server or another worker, commits) and `total_changes()`
 * (this connection's own writes) are as they were when the body was kept. Both are read with one
 * statement each per request (a few microseconds); when either moved, the whole cache is dropped.
 *
 * @example
 * app.use('/api/*', responseCache(store, { maxEntries: 1000 }));
 */
export function responseCache(store: Store, options: ResponseCacheOptions = {}): MiddlewareHandler {
  const maxEntries = options.maxEntries ?? 2000;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const dataVersion = store.db.prepare<[], number>('PRAGMA data_version').pluck();
  const ownChanges = store.db.prepare<[], number>('SELECT total_changes()').pluck();
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let seen = '';

  const clearIfChanged = () => {
    const now = `${dataVersion.get() as number}:${ownChanges.get() as number}`;
    if (now !== seen) {
      entries.clear();
      bytes = 0;
      seen = now;
    }
  };

  return async (c, next) => {
    if (c.req.method !== 'GET' || UNCACHED.has(c.req.path)) {
      await next();
      return;
    }
    clearIfChanged();
    const key = cacheKey(c.req.path, c.req.url);
    const hit = entries.get(key);
    if (hit !== undefined) {
      entries.delete(key);
      entries.set(key, hit);
      return c.body(hit.body, 200, { 'Content-Type': hit.type });
    }
    await next();
    const res = c.res;
    const type = res.headers.get('Content-Type');
    if (res.status !== 200 || type === null || !type.startsWith('application/json')) return;
    let body = c.get('jsonText');
    if (body === undefined) {
      body = await res.text();
      c.res = new Response(body, { status: 200, headers: res.headers });
    }
    // A write during the request (this connection's, or another's) makes the body possibly stale already.
    const before = seen;
    clearIfChanged();
    const size = Buffer.byteLength(body);
    if (seen !== before || size > maxBytes / 8) return;
    entries.set(key, { body, bytes: size, type });
    bytes += size;
    for (const [k, e] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      entries.delete(k);
      bytes -= e.bytes;
    }
  };
}

/** The path and its query parameters in sorted order: the same request however its parameters are ordered. */
function cacheKey(path: string, url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return path;
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash < 0 ? undefined : hash);
  return query === '' ? path : `${path}?${query.split('&').sort().join('&')}`;
}
