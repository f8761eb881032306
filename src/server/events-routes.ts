import { Hono } from 'hono';
import type { Store } from '../store/open-store.js';
import { createEventPager, type StoredEvent } from '../store/query-events.js';
import { eventJson } from './event-json.js';
import { EVENT_FILTER_PARAMETERS, eventFilterOf } from './event-filter-parameters.js';
import { withFtsErrors } from './fts-errors.js';
import { MAX_LIMIT, queryParameters } from './query-parameters.js';
import { jsonAnswer } from './response-cache.js';

/** A stored event as the API returns it: with the store id of the article that first reported it. */
export interface ApiEvent extends StoredEvent {
  readonly article_id: number | null;
}

/**
 * `GET /api/events`: a page of events matching the filters, in storage order, and the cursor of
 * the next page. The page is chosen by the store's indexed query (`createEventPager`); only the
 * page's rows are then read whole, and each event's JSON is spliced from its stored text
 * (`eventJson`: the same body as printing the parsed record, without parsing it).
 *
 * @example
 * app.route('/api', eventsRoutes(store)); // GET /api/events?dyad=USA,IRN&limit=50
 */
export function eventsRoutes(store: Store): Hono {
  const pager = createEventPager(store);
  return new Hono().get('/events', (c) => {
    const q = queryParameters(c, [...EVENT_FILTER_PARAMETERS, 'limit', 'cursor']);
    const filter = eventFilterOf(q);
    const limit = q.integer('limit', 1, MAX_LIMIT, 100);
    const cursor = q.match('cursor', /^\d{1,15}$/, "a cursor from a previous page's 'next'");
    const page = withFtsErrors('text', filter.text, () => pager.page(filter, { limit, cursor: cursor ?? null }));
    return jsonAnswer(c, `{"events":[${page.rows.map(eventJson).join(',')}],"next":${JSON.stringify(page.next)}}`);
  });
}
