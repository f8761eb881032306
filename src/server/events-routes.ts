import { Hono } from 'hono';
import type { Store } from '../store/open-store.js';
import { queryEvents, type StoredEvent } from '../store/query-events.js';
import { EVENT_FILTER_PARAMETERS, eventFilterOf } from './event-filter-parameters.js';
import { withFtsErrors } from './fts-errors.js';
import { MAX_LIMIT, queryParameters } from './query-parameters.js';

/** A stored event as the API returns it: with the store id of the article that first reported it. */
export interface ApiEvent extends StoredEvent {
  readonly article_id: number | null;
}

/**
 * `GET /api/events`: a page of events matching the filters, in storage order, and the cursor of
 * the next page. The page is chosen by the store's indexed query (`queryEvents`); only the page's
 * rows are then read whole.
 *
 * @example
 * app.route('/api', eventsRoutes(store)); // GET /api/events?dyad=USA,IRN&limit=50
 */
export function eventsRoutes(store: Store): Hono {
  return new Hono().get('/events', (c) => {
    const q = queryParameters(c, [...EVENT_FILTER_PARAMETERS, 'limit', 'cursor']);
    const filter = eventFilterOf(q);
    const limit = q.integer('limit', 1, MAX_LIMIT, 100);
    const cursor = q.match('cursor', /^\d{1,15}$/, "a cursor from a previous page's 'next'");
    const page = withFtsErrors('text', filter.text, () => queryEvents(store, filter, { limit, cursor: cursor ?? null }));
    const events: ApiEvent[] = page.events.map((e, i) => ({ ...e, article_id: page.firstArticles[i] }));
    return c.json({ events, next: page.next });
  });
}
