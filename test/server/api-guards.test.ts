import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleIngest } from '../../src/server/article-ingest.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { sharedCoder } from '../cli/run-cli.js';
import { apiOver, buildSampleStore, copyStore, tableCounts, type Json } from './sample-store.js';

const TOKEN = 'test-token-7f3a9c';
const ARTICLE = {
  id: 'srv-post-1',
  text: 'Jordan hosts Iraqi ministers\n\nAMMAN, March 2 (Test Wire) - Jordan\'s foreign minister met Iraqi officials in Amman on Monday to discuss border trade, the ministry said.\n',
  date: '2015-03-03', url: 'https://testwire.example/2015/03/03/jordan-hosts-iraqi-ministers', title: 'Jordan hosts Iraqi ministers', source: 'Test Wire',
};

let db: string;
let store: Store;
let api: ReturnType<typeof apiOver>;
const get = (path: string) => api.get(path);

beforeAll(async () => {
  db = await buildSampleStore(6);
  store = openStore(db, { readonly: true });
  api = apiOver({ db: store });
}, 120_000);
afterAll(() => store.close());

describe('every parameter is checked', () => {
  it.each([
    ['/api/events?limit=0', 'limit'],
    ['/api/events?limit=1001', 'limit'],
    ['/api/events?limit=ten', 'limit'],
    ['/api/events?limit=1.5', 'limit'],
    ['/api/events?cursor=-1', 'cursor'],
    ['/api/events?cursor=abc', 'cursor'],
    ['/api/events?actor=US%20A', 'actor'],
    ['/api/events?dyad=USA', 'dyad'],
    ['/api/events?dyad=USA,IRN,IRQ', 'dyad'],
    ['/api/events?country=IRAQ', 'country'],
    ['/api/events?role=GOVT', 'role'],
    ['/api/events?code=1', 'code'],
    ['/api/events?code=12345', 'code'],
    ['/api/events?code=1a2', 'code'],
    ['/api/events?root=21', 'root'],
    ['/api/events?root=00', 'root'],
    ['/api/events?quad=5', 'quad'],
    ['/api/events?plover=MEET', 'plover'],
    ['/api/events?from=2015-02-30', 'from'],
    ['/api/events?from=03/01/2015', 'from'],
    ['/api/events?from=2015-03-01&to=2015-02-01', 'to'],
    ['/api/events?bbox=1,2,3', 'bbox'],
    ['/api/events?bbox=10,50,20,40', 'bbox'],
    ['/api/events?bbox=170,0,-170,10', 'bbox'],
    ['/api/events?bbox=0,-91,10,10', 'bbox'],
    ['/api/events?modality=certain', 'modality'],
    ['/api/events?min_confidence=1.5', 'min_confidence'],
    ['/api/events?min_confidence=high', 'min_confidence'],
    ['/api/events?text=%22unbalanced', 'text'],
    [`/api/events?text=${'a'.repeat(501)}`, 'text'],
    ['/api/events?place=Gaza%00City', 'place'],
    ['/api/events?actor=USA&actor=IRN', 'actor'],
    ['/api/events?min-confidence=0.5', 'min-confidence'],
    ['/api/timeline?per=year', 'per'],
    ['/api/timeline?text=AND', 'text'],
    ['/api/codes?level=family', 'level'],
    ['/api/dyads?level=region', 'level'],
    ['/api/actors?limit=100000', 'limit'],
    ['/api/places?quad=0', 'quad'],
    ['/api/articles?cursor=x', 'cursor'],
    ['/api/articles/abc', 'id'],
    ['/api/articles/0', 'id'],
    ['/api/articles/1?verbose=1', 'verbose'],
    ['/api/search', 'q'],
    ['/api/search?q=israel&limit=101', 'limit'],
    ['/api/search?q=NEAR(', 'q'],
    ['/api/health?x=1', 'x'],
  ])('%s is refused with a 400 naming %s', async (path, parameter) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: expect.stringMatching(/^(INVALID|UNKNOWN)_PARAMETER$/), parameter });
    expect(body.error.message).toContain(parameter);
  });

  it('answers an unknown API path with a 404 in JSON', async () => {
    expect(await get('/api/nothing')).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  });
});

describe('SQL injection through every filter changes nothing and finds nothing', () => {
  const ATTACKS = [
    "USA' OR 1=1 --",
    "x'); DROP TABLE events; --",
    '" OR ""="',
    '1 OR 1=1',
    "%' OR '%'='",
    "' UNION SELECT record FROM event_records --",
    'zzqx" OR 1=1 --',
    'NEAR(zzqx israel) OR *',
    'israel) OR (1=1',
    '0 UNION SELECT 1',
  ];
  const PARAMETERS = ['actor', 'dyad', 'country', 'role', 'code', 'root', 'quad', 'plover', 'from', 'to', 'place', 'bbox', 'modality', 'min_confidence', 'text', 'limit', 'cursor'];
  const ENDPOINTS = ['/api/events', '/api/timeline', '/api/codes', '/api/actors', '/api/dyads', '/api/places'];

  it.each(PARAMETERS)('through %s', async (parameter) => {
    const before = tableCounts(store);
    const schema = store.db.prepare('SELECT sql FROM sqlite_master ORDER BY name').all();
    for (const endpoint of ENDPOINTS) {
      if ((parameter === 'limit' && ['/api/timeline', '/api/codes'].includes(endpoint)) || (parameter === 'cursor' && endpoint !== '/api/events')) continue;
      for (const attack of ATTACKS) {
        const value = parameter === 'dyad' ? `${attack},${attack}` : attack;
        const { status, body } = await get(`${endpoint}?${parameter}=${encodeURIComponent(value)}`);
        expect([endpoint, parameter, attack, status]).toEqual([endpoint, parameter, attack, status === 200 ? 200 : 400]);
        if (status === 400) {
          expect(body.error.parameter).toBe(parameter);
        } else {
          // Taken as data, such a value matches no event: every list comes back empty.
          const rows = body.events ?? body.timeline ?? body.codes ?? body.actors ?? body.dyads ?? body.places;
          expect([endpoint, parameter, attack, rows]).toEqual([endpoint, parameter, attack, []]);
        }
      }
    }
    expect(tableCounts(store)).toEqual(before);
    expect(store.db.prepare('SELECT sql FROM sqlite_master ORDER BY name').all()).toEqual(schema);
  });

  it('through search words, article ids and page cursors', async () => {
    const before = tableCounts(store);
    for (const attack of ATTACKS) {
      for (const path of [`/api/search?q=${encodeURIComponent(attack)}`, `/api/articles/${encodeURIComponent(attack)}`, `/api/articles?cursor=${encodeURIComponent(attack)}`]) {
        const { status, body } = await get(path);
        expect([path, status]).toEqual([path, status === 200 ? 200 : status === 404 ? 404 : 400]);
        if (status === 200) expect([path, body.articles]).toEqual([path, []]);
      }
    }
    expect(tableCounts(store)).toEqual(before);
  });
});

describe('writes', () => {
  const post = (app: ReturnType<typeof apiOver>['app'], body: string, headers: Record<string, string> = {}) =>
    Promise.resolve(app.request('/api/articles', { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } }));
  const getJson = async (app: ReturnType<typeof apiOver>['app'], path: string): Promise<Json> => (await app.request(path)).json();

  it('are refused by a read-only server, whatever the header', async () => {
    const before = tableCounts(store);
    for (const headers of [{}, { Authorization: `Bearer ${TOKEN}` }] as Record<string, string>[]) {
      const res = await post(api.app, JSON.stringify(ARTICLE), headers);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'READ_ONLY' } });
    }
    expect(tableCounts(store)).toEqual(before);
  });

  describe('on a server started with a token', () => {
    let writable: Store;
    let app: ReturnType<typeof apiOver>['app'];
    beforeAll(() => {
      writable = openStore(copyStore(db));
      app = apiOver({ db: writable, token: TOKEN, ingest: createArticleIngest(writable, sharedCoder()) }).app;
    });
    afterAll(() => writable.close());

    it.each([
      ['no header', {}],
      ['a wrong token', { Authorization: 'Bearer test-token-7f3a9d' }],
      ['the token as Basic credentials', { Authorization: `Basic ${TOKEN}` }],
      ['the token without its scheme', { Authorization: TOKEN }],
      ['a prefix of the token', { Authorization: 'Bearer test-token' }],
    ])('answer 401 to %s and store nothing', async (_, headers) => {
      const before = tableCounts(writable);
      const res = await post(app, JSON.stringify(ARTICLE), headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
      expect(await res.json()).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
      expect(tableCounts(writable)).toEqual(before);
    });

    it('code and store an article sent with the token, once', async () => {
      expect((await getJson(app, '/api/health')).writable).toBe(true);
      const auth = { Authorization: `Bearer ${TOKEN}` };
      const res = await post(app, JSON.stringify(ARTICLE), auth);
      expect(res.status).toBe(201);
      const stored = await res.json() as Json;
      expect(stored).toMatchObject({ status: 'stored', article_id: expect.any(Number), mentions: expect.any(Number) });
      const article = await getJson(app, `/api/articles/${stored.article_id}`);
      expect(article.article).toMatchObject({ doc_id: ARTICLE.id, title: ARTICLE.title, source: ARTICLE.source, date: ARTICLE.date, text: ARTICLE.text });
      expect(article.layers.events.length).toBe(stored.mentions);
      const before = tableCounts(writable);
      const again = await post(app, JSON.stringify(ARTICLE), auth);
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ status: 'duplicate', article_id: stored.article_id, mentions: 0 });
      expect(tableCounts(writable)).toEqual(before);
    });

    it('store hostile field values as plain data', async () => {
      const hostile = { ...ARTICLE, id: "x'); DROP TABLE articles; --", url: null, title: "' OR 1=1 --", text: `${ARTICLE.text}\nRobert'); DROP TABLE events; -- said nothing.\n` };
      const res = await post(app, JSON.stringify(hostile), { Authorization: `Bearer ${TOKEN}` });
      expect(res.status).toBe(201);
      const { article_id } = await res.json() as Json;
      const article = await getJson(app, `/api/articles/${article_id}`);
      expect(article.article).toMatchObject({ doc_id: hostile.id, title: hostile.title, text: hostile.text });
      expect(tableCounts(writable).events).toBeGreaterThan(0);
    });

    it.each([
      ['not JSON', 'id=1&text=hello'],
      ['JSON that is not an object', '[1, 2]'],
      ['a record without text', JSON.stringify({ id: 'a' })],
      ['a record with a malformed date', JSON.stringify({ ...ARTICLE, date: '03/03/2015' })],
      ['a record whose id is a number', JSON.stringify({ ...ARTICLE, id: 7 })],
    ])('refuse %s with a 400', async (_, body) => {
      const res = await post(app, body, { Authorization: `Bearer ${TOKEN}` });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'INVALID_BODY' } });
    });

    it('refuse a body over 1 MB with a 413', async () => {
      const before = tableCounts(writable);
      const res = await post(app, JSON.stringify({ ...ARTICLE, id: 'big', text: 'Talks went on. '.repeat(80_000) }), { Authorization: `Bearer ${TOKEN}` });
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
      expect(tableCounts(writable)).toEqual(before);
    });
  });
});
