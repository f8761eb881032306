import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_DOCUMENT } from '../../src/server/openapi-document.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { queryEvents } from '../../src/store/query-events.js';
import { timeline } from '../../src/store/timeline.js';
import { apiOver, buildSampleStore, type Json } from './sample-store.js';

let store: Store;
let api: ReturnType<typeof apiOver>;
const get = (path: string) => api.get(path);
const count = (sql: string, ...params: unknown[]) => (store.db.prepare(sql).get(...params) as { n: number }).n;
/** A slice of `text` by code points, as every span of the API counts them. */
const cpSlice = (text: string, [start, end]: [number, number]) => Array.from(text).slice(start, end).join('');

beforeAll(async () => {
  store = openStore(await buildSampleStore(), { readonly: true });
  api = apiOver({ db: store });
}, 120_000);
afterAll(() => store.close());

describe('GET /api/health and /api/summary', () => {
  it('says the server is up and read-only', async () => {
    expect(await get('/api/health')).toEqual({ status: 200, body: { status: 'ok', schema_version: SCHEMA_VERSION, writable: false } });
  });

  it('counts what the store holds', async () => {
    const { status, body } = await get('/api/summary');
    expect(status).toBe(200);
    expect(body).toMatchObject({ articles: 12, events: count('SELECT count(*) AS n FROM events') });
  });
});

describe('GET /api/events', () => {
  it('walks every stored event exactly once, a page at a time', async () => {
    const all = queryEvents(store, {}, { limit: 10_000 }).events.map((e) => e.id);
    expect(all.length).toBeGreaterThan(20);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { status, body }: { status: number; body: Json } = await get(`/api/events?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(status).toBe(200);
      expect(body.events.length).toBeLessThanOrEqual(7);
      seen.push(...body.events.map((e: Json) => e.id));
      cursor = body.next;
      pages++;
    } while (cursor !== null);
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 7));
  });

  it('returns the stored record with its counts and the article that first reported it', async () => {
    const { body } = await get('/api/events?limit=1');
    const [e] = body.events;
    expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'doc_id', 'cameo', 'quad_class', 'goldstein', 'evidence', 'mentions', 'articles', 'sources', 'article_id']));
    const article = (await get(`/api/articles/${e.article_id}`)).body.article;
    expect(article.doc_id).toBe(e.doc_id);
  });

  it('filters by dyad, actor, root, code, quad, plover, dates, place, bbox, modality, confidence and text as the store does', async () => {
    const first = queryEvents(store, {}, { limit: 10_000 }).events.find((e) => e.source && e.target && e.location?.lat != null && e.plover && e.date.precision === 'day');
    if (!first?.source || !first.target || !first.location || !first.plover || !first.date.value) throw new Error('the sample store has no fully coded event');
    const { lat, lon } = first.location as { lat: number; lon: number };
    const cases: [string, Record<string, unknown>][] = [
      [`dyad=${first.source.code.slice(0, 3)},${first.target.code.slice(0, 3)}`, { dyad: [first.source.code.slice(0, 3), first.target.code.slice(0, 3)] }],
      [`actor=${first.source.code.toLowerCase()}`, { actor: first.source.code }],
      [`country=${first.source.country}`, { country: first.source.country }],
      [`root=${first.cameo_root}`, { root: first.cameo_root }],
      [`code=${first.cameo}`, { code: first.cameo }],
      [`quad=${first.quad_class}`, { quadClass: first.quad_class }],
      [`plover=${first.plover.type.toLowerCase()}`, { plover: first.plover.type }],
      [`from=${first.date.value}&to=${first.date.value}`, { from: first.date.value, to: first.date.value }],
      [`place=${encodeURIComponent(first.location.name)}`, { place: first.location.name }],
      [`place=${first.location.country}`, { place: first.location.country }],
      [`bbox=${lon - 0.5},${lat - 0.5},${lon + 0.5},${lat + 0.5}`, { bbox: [lon - 0.5, lat - 0.5, lon + 0.5, lat + 0.5] }],
      [`modality=${first.modality}`, { modality: first.modality }],
      ['min_confidence=0.6', { minConfidence: 0.6 }],
      ['text=Israel', { text: 'Israel' }],
      ['text=%22tax%20revenue%22%20OR%20court', { text: '"tax revenue" OR court' }],
    ];
    for (const [query, filter] of cases) {
      const expected = queryEvents(store, filter, { limit: 1000 }).events.map((e) => e.id);
      const { status, body } = await get(`/api/events?limit=1000&${query}`);
      expect([query, status]).toEqual([query, 200]);
      expect([query, body.events.map((e: Json) => e.id)]).toEqual([query, expected]);
      expect([query, expected.length > 0]).toEqual([query, true]);
    }
  });
});

describe('aggregates', () => {
  it.each(['day', 'week', 'month'] as const)('gives the store timeline per %s, with quad-class counts that add up', async (per) => {
    const actor = (store.db.prepare("SELECT source_root AS a FROM events WHERE source_root <> '' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").get() as { a: string }).a;
    const { status, body } = await get(`/api/timeline?actor=${actor}&per=${per}`);
    expect(status).toBe(200);
    expect(body.per).toBe(per);
    const expected = timeline(store, { actor }, per);
    expect(body.timeline.map(({ period, events, mentions, goldstein }: Json) => ({ period, events, mentions, goldstein }))).toEqual(expected);
    for (const p of body.timeline) expect(p.quad[1] + p.quad[2] + p.quad[3] + p.quad[4]).toBe(p.events);
  });

  it('counts events per CAMEO code and per root', async () => {
    const total = count('SELECT count(*) AS n FROM events');
    const codes = (await get('/api/codes')).body;
    expect(codes.level).toBe('code');
    expect(codes.codes.reduce((s: number, c: Json) => s + c.events, 0)).toBe(total);
    const roots = (await get('/api/codes?level=root&quad=4')).body.codes;
    expect(roots.every((c: Json) => /^\d\d$/.test(c.code) && Number(c.code) >= 14)).toBe(true);
  });

  it('lists actors with their events as source and target', async () => {
    const { body } = await get('/api/actors?limit=5');
    expect(body.actors).toHaveLength(5);
    for (const a of body.actors) {
      expect(a.as_source).toBe(count('SELECT count(*) AS n FROM events WHERE source_code = ?', a.code));
      expect(a.as_target).toBe(count('SELECT count(*) AS n FROM events WHERE target_code = ?', a.code));
      expect(a.events).toBe(a.as_source + a.as_target);
    }
    expect(body.actors[0].events).toBeGreaterThanOrEqual(body.actors[4].events);
  });

  it('lists the top dyads with counts and mean Goldstein, by code or by country', async () => {
    const { body } = await get('/api/dyads?limit=3');
    const top = body.dyads[0];
    const row = store.db.prepare('SELECT count(*) AS n, round(avg(goldstein), 2) AS g FROM events WHERE source_code = ? AND target_code = ?').get(top.source, top.target) as { n: number; g: number };
    expect([top.events, top.mean_goldstein]).toEqual([row.n, row.g]);
    const byCountry = (await get('/api/dyads?level=country')).body.dyads;
    expect(byCountry.every((d: Json) => d.source.length === 3 && d.target.length === 3)).toBe(true);
  });

  it('counts events per place with coordinates', async () => {
    const { body } = await get('/api/places');
    expect(body.places.length).toBeGreaterThan(0);
    const geocoded = body.places.find((p: Json) => p.lat !== null);
    expect(geocoded).toMatchObject({ country: expect.stringMatching(/^[A-Z]{3}$/), lat: expect.any(Number), lon: expect.any(Number), events: expect.any(Number) });
    expect(body.places.reduce((s: number, p: Json) => s + p.events, 0)).toBe(count('SELECT count(*) AS n FROM events WHERE country IS NOT NULL'));
  });
});

describe('articles', () => {
  it('lists stored articles a page at a time', async () => {
    const first = await get('/api/articles?limit=5');
    const second = await get(`/api/articles?limit=10&cursor=${first.body.next}`);
    expect(first.body.articles.map((a: Json) => a.id)).toEqual([1, 2, 3, 4, 5]);
    expect(second.body.articles.map((a: Json) => a.id)).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(second.body.next).toBeNull();
  });

  it('returns an article with every stored span layer, each span pointing at its words', async () => {
    const id = (store.db.prepare('SELECT article_id AS id FROM mentions GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').get() as { id: number }).id;
    const { status, body } = await get(`/api/articles/${id}`);
    expect(status).toBe(200);
    const text: string = body.article.text;
    expect(body.offsets).toBe('code points');
    const { boilerplate, sentences, actors, events, triggers, places, dates } = body.layers;
    expect(Array.isArray(boilerplate)).toBe(true);
    expect(sentences.length).toBe(count('SELECT json_array_length(sentences) AS n FROM article_layers WHERE article_id = ?', id));
    expect(actors.length).toBeGreaterThan(0);
    for (const a of actors) expect(cpSlice(text, a.span)).toBe(a.text);
    expect(events.length).toBe(count('SELECT count(*) AS n FROM mentions WHERE article_id = ?', id));
    for (const e of events) {
      expect(cpSlice(text, e.evidence.span)).toBe(e.evidence.text);
      if (e.source) expect(cpSlice(text, e.source.span)).toBe(e.source.text);
      expect(e.event).toMatchObject({ id: expect.any(String), mentions: expect.any(Number), articles: expect.any(Number) });
      // Each mention points at the words that triggered it, inside its evidence sentence.
      expect(e.trigger).not.toBeNull();
      expect(e.trigger[0]).toBeGreaterThanOrEqual(e.evidence.span[0]);
      expect(e.trigger[1]).toBeLessThanOrEqual(e.evidence.span[1]);
    }
    expect(triggers.length).toBeGreaterThanOrEqual(new Set(events.map((e: Json) => `${e.sentence}/${e.cameo}`)).size);
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect(cpSlice(text, p.span).length).toBeGreaterThan(0);
    for (const p of places) expect(p.name).toEqual(expect.any(String));
    for (const d of dates) expect(cpSlice(text, d.span).trim().length).toBeGreaterThan(0);
  });

  it('answers 404 for an article that is not stored', async () => {
    expect(await get('/api/articles/999')).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  });

  it('searches titles and texts, best match first, with snippets', async () => {
    const title = (store.db.prepare('SELECT title FROM articles WHERE id = 3').get() as { title: string }).title;
    const word = title.split(/\W+/).filter((w) => w.length > 6)[0];
    const { status, body } = await get(`/api/search?q=${encodeURIComponent(word)}&limit=100`);
    expect(status).toBe(200);
    expect(body.articles.map((a: Json) => a.id)).toContain(3);
    expect(body.articles[0].snippet.length).toBeGreaterThan(0);
    const paged = await get(`/api/search?q=the&limit=5`);
    const next = await get(`/api/search?q=the&limit=5&cursor=${paged.body.next}`);
    expect(next.body.articles.map((a: Json) => a.id)).not.toContain(paged.body.articles[0].id);
  });
});

describe('GET /openapi.json and /', () => {
  it('describes every route the app answers', async () => {
    const { status, body } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.0.3');
    const routes = new Set(api.app.routes.filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`));
    const documented = new Set(Object.entries(OPENAPI_DOCUMENT.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)).filter((r) => r.includes('/api/')));
    expect([...routes].sort()).toEqual([...documented].sort());
  });

  it('documents every parameter the events endpoint takes', async () => {
    const names = OPENAPI_DOCUMENT.paths['/api/events'].get.parameters.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['actor', 'dyad', 'root', 'code', 'plover', 'from', 'to', 'min_confidence', 'text', 'limit', 'cursor', 'country', 'role', 'quad', 'place', 'bbox', 'modality']));
  });

  it('serves a page saying the dashboard is not built when there is none', async () => {
    const res = await api.app.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('dashboard is not built');
  });
});
