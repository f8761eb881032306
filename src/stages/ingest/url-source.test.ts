import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectItems, summarise } from './fixtures.test-helper.js';
import { readInputs } from './read-inputs.js';
import { fetchUrlSource, isUrlInput } from './url-source.js';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Lagoon Times</title>'
  + '<item><guid>lt-1</guid><link>https://lagoon.example/1</link><description>Ghana and Togo reopened their border.</description></item></channel></rss>';
const PAGE = '<!doctype html><html><head><title>Accord</title></head><body><article><p>Ghana and Togo signed a customs accord in Lomé on Friday.</p></article></body></html>';

/** Routes of the test server: path -> [status, content type, body]. */
const ROUTES: Record<string, [number, string | null, string]> = {
  '/feed': [200, 'application/rss+xml; charset=utf-8', FEED],
  '/feed-as-xml': [200, 'text/xml', FEED],
  '/page': [200, 'text/html; charset=utf-8', PAGE],
  '/untyped': [200, null, FEED],
  '/records': [200, 'application/x-ndjson', '{"id": "r1", "text": "Ghana hosted talks."}\n'],
  '/notes': [200, 'text/plain', 'Ghana hosted talks.'],
  '/big': [200, 'text/plain', 'x'.repeat(5000)],
};

let server: Server;
let base: string;
let closedPort: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/slow') return; // never answers
    if (req.url === '/streamed') { // no Content-Length: the limit must hold while reading
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('y'.repeat(800));
      res.end('y'.repeat(800));
      return;
    }
    const route = ROUTES[req.url ?? ''];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    const [status, type, body] = route;
    res.writeHead(status, type ? { 'content-type': type } : {}).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was just free and is now closed: nothing listens there.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const read = (inputs: string[], urlTimeoutMs = 2000, maxBytes?: number) => collectItems(readInputs(inputs, { urlTimeoutMs, maxBytes }));

describe('URL inputs', () => {
  it.each([
    ['https://news.example/rss', true], ['HTTP://news.example/', true], ['news/rss.xml', false], ['ftp://news.example/a', false],
  ])('takes %s for a URL: %s', (input, expected) => {
    expect(isUrlInput(input)).toBe(expected);
  });

  it.each([
    ['an RSS feed, by its Content-Type', '/feed', 'rss', 'lt-1'],
    ['a feed served as text/xml', '/feed-as-xml', 'rss', 'lt-1'],
    ['a feed without a Content-Type, by its content', '/untyped', 'rss', 'lt-1'],
    ['JSON lines', '/records', 'jsonl', 'r1'],
    ['plain text, named by its URL', '/notes', 'text', null],
    ['an HTML page, named by its URL', '/page', 'html', null],
  ])('fetches %s', async (_what, path, format, id) => {
    const items = await read([`${base}${path}`]);
    expect(items.map((i) => i.kind === 'document' && [i.doc.meta.format, i.doc.meta.id])).toEqual([[format, id ?? `${base}${path}`]]);
  });

  it('reports a 404 by its URL, and goes on with the next input', async () => {
    const items = await read([`${base}/missing`, `${base}/feed`]);
    expect(summarise(items)).toEqual([`INPUT_UNREACHABLE ${base}/missing`, 'doc lt-1']);
    expect(items[0].kind === 'error' && items[0].error.oneLine()).toBe(`${base}/missing: INPUT_UNREACHABLE: cannot fetch the URL: the server answered HTTP 404 Not Found`);
  });

  it('reports a closed port as unreachable', async () => {
    const url = `http://127.0.0.1:${closedPort}/feed`;
    const items = await read([url, `${base}/notes`]);
    expect(summarise(items)).toEqual([`INPUT_UNREACHABLE ${url}`, `doc ${base}/notes`]);
    expect(items[0].kind === 'error' && items[0].error.message).toContain('connection refused');
  });

  it('gives up on a server that does not answer within the timeout', async () => {
    const items = await read([`${base}/slow`], 300);
    expect(summarise(items)).toEqual([`INPUT_UNREACHABLE ${base}/slow`]);
    expect(items[0].kind === 'error' && items[0].error.message).toContain('no answer within 0.3 s');
  });

  it('refuses a download over the size limit', async () => {
    expect(summarise(await read([`${base}/big`], 2000, 1000))).toEqual([`INPUT_TOO_LARGE ${base}/big`]);
  });

  it('refuses a download without Content-Length once it passes the size limit', async () => {
    expect(summarise(await read([`${base}/streamed`], 2000, 1000))).toEqual([`INPUT_TOO_LARGE ${base}/streamed`]);
  });

  it('names the source after its URL and keeps the declared format', async () => {
    const source = await fetchUrlSource(`${base}/feed`, { maxBytes: 1e6 });
    expect(source).toMatchObject({ name: `${base}/feed`, origin: `${base}/feed`, format: 'rss' });
  });
});
