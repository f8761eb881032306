import { MODALITY_NAMES, PLOVER_TYPE_NAMES } from './event-filter-parameters.js';
import { MAX_LIMIT } from './query-parameters.js';

type Schema = Readonly<Record<string, unknown>>;

const query = (name: string, description: string, schema: Schema, example?: string) =>
  ({ name, in: 'query', required: false, description, schema, ...(example !== undefined ? { example } : {}) });
const str = (pattern?: string): Schema => ({ type: 'string', ...(pattern ? { pattern } : {}) });
const limit = (fallback: number, max = MAX_LIMIT) => query('limit', `Items per page (default ${fallback}).`, { type: 'integer', minimum: 1, maximum: max, default: fallback });
const cursor = query('cursor', "The `next` value of the previous page.", str('^\\d{1,15}$'));

/** The event filters; every endpoint that lists or counts events takes them all. */
const FILTERS = [
  query('actor', 'Actor code or prefix, as source or target (`USA` matches `USAGOV`).', str('^[A-Za-z0-9]{1,30}$'), 'USA'),
  query('dyad', 'Source and target code prefixes, in that direction.', str('^[A-Za-z0-9]{1,30},[A-Za-z0-9]{1,30}$'), 'USA,IRN'),
  query('country', "ISO 3166-1 alpha-3 country of the source's or target's actor.", str('^[A-Za-z]{3}$'), 'IRQ'),
  query('role', 'A role block of the source or target (GOV, MIL, REB...).', str('^[A-Za-z]{3}$'), 'GOV'),
  query('code', 'CAMEO code or prefix.', str('^\\d{2,4}$'), '112'),
  query('root', 'CAMEO root, 01-20.', str('^(0?[1-9]|1\\d|20)$'), '19'),
  query('quad', 'Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.', { type: 'integer', minimum: 1, maximum: 4 }),
  query('plover', 'PLOVER event type (case-insensitive).', { type: 'string', enum: PLOVER_TYPE_NAMES }),
  query('from', 'First day, inclusive; events without a day-precision date are left out.', { type: 'string', format: 'date' }, '2015-01-01'),
  query('to', 'Last day, inclusive (not before `from`).', { type: 'string', format: 'date' }, '2015-12-31'),
  query('place', "The event location's name (case-insensitive) or, as three capitals, its country.", { type: 'string', maxLength: 500 }, 'Baghdad'),
  query('bbox', 'WEST,SOUTH,EAST,NORTH in degrees (west <= east, south <= north).', str(), '34,29,49,38'),
  query('modality', 'How the event is claimed.', { type: 'string', enum: MODALITY_NAMES }),
  query('min_confidence', 'Least confidence, 0-1.', { type: 'number', minimum: 0, maximum: 1 }),
  query('text', 'Words an article reporting the event contains (SQLite FTS5 query syntax).', { type: 'string', maxLength: 500 }, 'ceasefire'),
];

const ERROR = {
  description: 'A refused request.',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const json = (description: string, schema: Schema) => ({ description, content: { 'application/json': { schema } } });
const rows = (key: string, item: Schema, extra: Schema = {}) => ({ type: 'object', properties: { ...extra, [key]: { type: 'array', items: item } } });
const page = (key: string, item: Schema) => rows(key, item, { next: { type: 'string', nullable: true, description: 'The cursor of the next page; null on the last.' } });
const num = { type: 'number' };
const int = { type: 'integer' };
const text = { type: 'string' };
const nullableText = { type: 'string', nullable: true };
const span = { type: 'array', items: int, minItems: 2, maxItems: 2, description: '[start, end) in code points' };
const readErrors = { 400: ERROR };

/**
 * The OpenAPI 3.0 description of the HTTP API, served at `GET /openapi.json`; written by hand,
 * checked against the routes by the server tests.
 *
 * @example
 * app.get('/openapi.json', (c) => c.json(OPENAPI_DOCUMENT));
 */
export const OPENAPI_DOCUMENT = Object.freeze({
  openapi: '3.0.3',
  info: {
    title: 'Parley',
    version: '0.1.0',
    description: 'Political events (CAMEO, PLOVER) coded from news, with evidence spans. Read-only unless the server was started with --token; '
      + 'writes then need `Authorization: Bearer TOKEN`. Every error is `{"error": {"code", "message", "parameter"?}}`. '
      + 'Unknown or repeated query parameters are refused; empty ones count as absent.',
  },
  paths: {
    '/api/health': { get: { summary: 'Is the server up, and does it take writes', responses: { 200: json('Up.', { type: 'object', properties: { status: text, schema_version: int, writable: { type: 'boolean' } } }) } } },
    '/api/summary': { get: { summary: 'What the store holds', responses: { 200: json('Counts.', { type: 'object' }) } } },
    '/api/events': {
      get: {
        summary: 'Events matching every filter, in storage order, a page at a time',
        parameters: [...FILTERS, limit(100), cursor],
        responses: { 200: json('A page.', page('events', { $ref: '#/components/schemas/Event' })), ...readErrors },
      },
    },
    '/api/timeline': {
      get: {
        summary: 'Events, mentions, Goldstein sum and quad-class counts per day, week (its Monday) or month',
        parameters: [...FILTERS, query('per', 'The period.', { type: 'string', enum: ['day', 'week', 'month'], default: 'day' })],
        responses: {
          200: json('Periods in order; events without a day-precision date are left out.', rows('timeline', {
            type: 'object',
            properties: { period: text, events: int, mentions: int, goldstein: num, quad: { type: 'object', properties: { 1: int, 2: int, 3: int, 4: int } } },
          }, { per: text })),
          ...readErrors,
        },
      },
    },
    '/api/codes': {
      get: {
        summary: 'Events per CAMEO code (or root)',
        parameters: [...FILTERS, query('level', 'Whole codes or roots.', { type: 'string', enum: ['code', 'root'], default: 'code' })],
        responses: { 200: json('Codes in order.', rows('codes', { type: 'object', properties: { code: text, events: int, mentions: int, goldstein: num } }, { level: text })), ...readErrors },
      },
    },
    '/api/actors': {
      get: {
        summary: 'Actor codes of the matching events, most events first',
        parameters: [...FILTERS, limit(100)],
        responses: { 200: json('Actors.', rows('actors', { type: 'object', properties: { code: text, events: int, as_source: int, as_target: int } })), ...readErrors },
      },
    },
    '/api/dyads': {
      get: {
        summary: 'Source-target pairs of the matching events, most events first, with mean Goldstein',
        parameters: [...FILTERS, query('level', 'Whole codes, or their first blocks (country or IGO/NGO).', { type: 'string', enum: ['code', 'country'], default: 'code' }), limit(100)],
        responses: { 200: json('Dyads.', rows('dyads', { type: 'object', properties: { source: text, target: text, events: int, mentions: int, mean_goldstein: num } }, { level: text })), ...readErrors },
      },
    },
    '/api/places': {
      get: {
        summary: 'Where the matching events happened, with coordinates, most events first',
        parameters: [...FILTERS, limit(100)],
        responses: {
          200: json('Places.', rows('places', {
            type: 'object', properties: { place: nullableText, country: text, lat: { type: 'number', nullable: true }, lon: { type: 'number', nullable: true }, events: int, mentions: int, mean_goldstein: num },
          })),
          ...readErrors,
        },
      },
    },
    '/api/articles': {
      get: {
        summary: 'Stored articles, in storage order, a page at a time',
        parameters: [limit(100), cursor],
        responses: { 200: json('A page.', page('articles', { $ref: '#/components/schemas/ArticleMeta' })), ...readErrors },
      },
      post: {
        summary: 'Code and store one article (needs the server token)',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          description: 'One JSONL-style record, at most 1 MB.',
          content: {
            'application/json': {
              schema: {
                type: 'object', required: ['id', 'text'],
                properties: { id: text, text, date: { type: 'string', nullable: true, description: 'YYYY-MM-DD or an ISO timestamp' }, url: nullableText, title: nullableText, source: nullableText },
              },
            },
          },
        },
        responses: {
          201: json('Stored.', { $ref: '#/components/schemas/Ingested' }),
          200: json('Already stored (same URL or text): nothing was coded.', { $ref: '#/components/schemas/Ingested' }),
          400: ERROR,
          401: { ...ERROR, description: 'No token, or a wrong one.' },
          403: { ...ERROR, description: 'The server is read-only (started without --token).' },
          413: { ...ERROR, description: 'The body is over 1 MB.' },
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: "An article's text with every stored span layer and the events it reports",
        parameters: [{ name: 'id', in: 'path', required: true, description: 'The store id (`article_id` of an event).', schema: { type: 'integer', minimum: 1 } }],
        responses: {
          200: json('The article. Spans are [start, end) in code points of `text`.', {
            type: 'object',
            properties: {
              article: { allOf: [{ $ref: '#/components/schemas/ArticleMeta' }, { type: 'object', properties: { text, ingested_at: text } }] },
              offsets: { type: 'string', enum: ['code points'] },
              layers: {
                type: 'object',
                properties: {
                  boilerplate: { type: 'array', items: span },
                  sentences: { type: 'array', items: { type: 'object', properties: { index: int, span, boilerplate: { type: 'boolean' } } } },
                  actors: { type: 'array', items: { type: 'object', properties: { sentence: int, code: text, country: nullableText, roles: { type: 'array', items: text }, name: nullableText, text, span } } },
                  triggers: { type: 'array', description: 'The words that triggered each event, with its CAMEO code.', items: { type: 'object', properties: { sentence: int, span, cameo: nullableText } } },
                  places: { type: 'array', description: 'Places named in the text, geocoded.', items: { type: 'object', properties: { sentence: int, span, name: nullableText } } },
                  dates: { type: 'array', description: 'Date expressions, resolved (YYYY-MM-DD or null).', items: { type: 'object', properties: { sentence: int, span, value: nullableText } } },
                  events: { type: 'array', description: 'Event mentions coded from this article (the contract record), each with `trigger` (the span of its words, or null) and the stored event it joined.', items: { type: 'object' } },
                },
              },
            },
          }),
          400: ERROR,
          404: ERROR,
        },
      },
    },
    '/api/search': {
      get: {
        summary: 'Articles matching a full-text query, best first',
        parameters: [
          { name: 'q', in: 'query', required: true, description: 'SQLite FTS5 query over title and text.', schema: { type: 'string', maxLength: 500 } },
          limit(20, 100),
          query('cursor', 'The `next` value of the previous page (an offset).', { type: 'integer', minimum: 0, maximum: 10000 }),
        ],
        responses: { 200: json('Hits.', page('articles', { allOf: [{ $ref: '#/components/schemas/ArticleMeta' }, { type: 'object', properties: { snippet: text } }] })), ...readErrors },
      },
    },
    '/openapi.json': { get: { summary: 'This document', responses: { 200: json('OpenAPI 3.0.', { type: 'object' }) } } },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: {
        type: 'object',
        properties: {
          error: {
            type: 'object', required: ['code', 'message'],
            properties: {
              code: { type: 'string', enum: ['INVALID_PARAMETER', 'UNKNOWN_PARAMETER', 'INVALID_BODY', 'NOT_FOUND', 'UNAUTHORIZED', 'READ_ONLY', 'PAYLOAD_TOO_LARGE', 'INTERNAL'] },
              message: text,
              parameter: { type: 'string', description: 'The parameter at fault, when one is.' },
            },
          },
        },
      },
      Event: {
        type: 'object',
        description: "The contract's event record (its first mention's) with the highest confidence of its mentions, and how often it was reported.",
        properties: {
          id: text, doc_id: text, sentence: int, source: { type: 'object', nullable: true }, target: { type: 'object', nullable: true },
          cameo: text, cameo_root: text, quad_class: int, goldstein: num, plover: { type: 'object', nullable: true }, date: { type: 'object' },
          location: { type: 'object', nullable: true }, modality: text, confidence: num, evidence: { type: 'object' },
          mentions: int, articles: int, sources: int, article_id: { type: 'integer', nullable: true, description: 'Store id of the article that first reported it.' },
        },
      },
      ArticleMeta: {
        type: 'object',
        properties: { id: int, doc_id: text, url: nullableText, title: nullableText, source: nullableText, date: nullableText, format: text },
      },
      Ingested: {
        type: 'object',
        properties: { status: { type: 'string', enum: ['stored', 'duplicate'] }, article_id: int, mentions: int, new_events: int },
      },
    },
  },
});
