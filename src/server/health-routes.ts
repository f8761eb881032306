import { Hono } from 'hono';
import type { Store } from '../store/open-store.js';
import { SCHEMA_VERSION } from '../store/schema.js';
import { summariseStore } from '../store/store-summary.js';
import { queryParameters } from './query-parameters.js';

/**
 * `GET /api/health` (is the server up, is the store readable, does it take writes) and
 * `GET /api/summary` (what the store holds: articles, events, merges, roots, months, top dyads and places).
 *
 * @example
 * app.route('/api', healthRoutes(store, false));
 */
export function healthRoutes(store: Store, writable: boolean): Hono {
  const probe = store.db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM events');
  return new Hono()
    .get('/health', (c) => {
      queryParameters(c, []);
      probe.get();
      return c.json({ status: 'ok', schema_version: SCHEMA_VERSION, writable });
    })
    .get('/summary', (c) => {
      queryParameters(c, []);
      return c.json(summariseStore(store));
    });
}
