import { describe, it, expect } from 'vitest';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { collectItems, summarise } from './fixtures.test-helper.js';
import { DEFAULT_MAX_BYTES, type IngestItem, type ReaderOptions } from './input-reader.js';
import { memorySource } from './input-source.js';
import { createWarcReader } from './warc-reader.js';
import { gzipPerRecord, httpResponse, PAGE_A, PAGE_B, pageRecord, WARCINFO, warcRecord } from './warc.test-helper.js';

const OPTIONS: ReaderOptions = { date: '2024-06-30', maxBytes: DEFAULT_MAX_BYTES };
const read = (name: string, bytes: Uint8Array, options = OPTIONS): Promise<IngestItem[]> =>
  collectItems(createWarcReader().read(memorySource(name, bytes, `crawl/${name}`), options));
const docs = (items: readonly IngestItem[]) => items.flatMap((i) => (i.kind === 'document' ? [i.doc] : []));
const messages = (items: readonly IngestItem[]) => items.flatMap((i) => (i.kind === 'error' ? [i.error.oneLine()] : []));

const REQUEST = warcRecord({ type: 'request', block: 'GET /a HTTP/1.1\r\nHost: nile.example\r\n\r\n', headers: { 'WARC-Target-URI': 'https://nile.example/a' } });
const RECORD_A = pageRecord('https://nile.example/a', PAGE_A, 'aaaa-1');
const RECORD_B = pageRecord('https://port.example/b', PAGE_B, 'bbbb-2', '2024-04-10T07:30:00Z');
const IMAGE = warcRecord({
  type: 'response', block: httpResponse('image/png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
  headers: { 'WARC-Target-URI': 'https://nile.example/dam.png', 'Content-Type': 'application/http; msgtype=response' },
});
const NOT_FOUND = warcRecord({ type: 'response', block: httpResponse('text/html', '<html><body><p>Page not found, sorry about that.</p></body></html>', '404 Not Found') });
const REVISIT = warcRecord({ type: 'revisit', block: httpResponse('text/html', ''), headers: { 'WARC-Target-URI': 'https://nile.example/a' } });
const CRAWL = [WARCINFO, REQUEST, RECORD_A, IMAGE, NOT_FOUND, REVISIT, RECORD_B];

describe('the WARC reader', () => {
  it('reads each HTML response as a document: record id, target URI, page date, article text', async () => {
    const [a, b] = docs(await read('crawl.warc', Buffer.concat(CRAWL)));
    expect(a.meta).toEqual({
      id: 'urn:uuid:aaaa-1', title: 'Dam talks', date: '2024-04-08', url: 'https://nile.example/a', source: 'nile.example',
      byline: null, format: 'warc', origin: 'crawl/crawl.warc#record-3',
    });
    expect(a.text).toBe('Egypt and Ethiopia resumed talks on the Nile dam in Addis Ababa.\n\nSudan sent an observer.');
    expect(b.meta.id).toBe('urn:uuid:bbbb-2');
  });

  it('skips warcinfo, request, revisit, image and non-2xx records silently', async () => {
    expect(summarise(await read('crawl.warc', Buffer.concat(CRAWL)))).toEqual(['doc urn:uuid:aaaa-1', 'doc urn:uuid:bbbb-2']);
  });

  it('dates a page without a date of its own by its WARC-Date', async () => {
    expect(docs(await read('crawl.warc', Buffer.concat(CRAWL)))[1].meta.date).toBe('2024-04-10');
  });

  it.each([
    ['one gzip member per record', gzipPerRecord(CRAWL)],
    ['one gzip member for the whole file', gzipSync(Buffer.concat(CRAWL))],
  ])('reads a .warc.gz written with %s', async (_what, bytes) => {
    expect(summarise(await read('crawl.warc.gz', bytes))).toEqual(['doc urn:uuid:aaaa-1', 'doc urn:uuid:bbbb-2']);
  });

  it('reads text/plain and HTML resource records, naming a record without an id by its URI', async () => {
    const text = warcRecord({ type: 'resource', block: 'Bolivia and Chile reopened consulates.\n', headers: { 'WARC-Target-URI': 'file:///notes/b.txt', 'Content-Type': 'text/plain' } });
    const [doc] = docs(await read('notes.warc', text));
    expect(doc.meta).toMatchObject({ id: 'file:///notes/b.txt', url: 'file:///notes/b.txt', date: '2024-06-30' });
    expect(doc.text).toBe('Bolivia and Chile reopened consulates.\n');
  });

  it('undoes chunked transfer encoding and gzip content encoding', async () => {
    const body = gzipSync(Buffer.from(PAGE_B));
    const chunked = Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
    const record = warcRecord({ type: 'response', block: httpResponse('text/html', chunked, '200 OK', ['Transfer-Encoding: chunked', 'Content-Encoding: gzip']) });
    expect(docs(await read('c.warc', record))[0].text).toBe('Dock workers in Durban went on strike over wages on Tuesday.');
  });

  it('decodes a payload in the charset it declares', async () => {
    const html = Buffer.from('<html><body><article><p>Dock workers in S\xe3o Paulo and Bogot\xe1 went on strike.</p></article></body></html>', 'latin1');
    const record = warcRecord({ type: 'response', block: httpResponse('text/html; charset=ISO-8859-1', html) });
    expect(docs(await read('l.warc', record))[0].text).toBe('Dock workers in São Paulo and Bogotá went on strike.');
  });

  it('refuses a payload that is not UTF-8 and declares no charset, and goes on', async () => {
    const html = Buffer.from('<html><body><article><p>Dock workers in S\xe3o Paulo went on strike.</p></article></body></html>', 'latin1');
    const record = warcRecord({ type: 'response', block: httpResponse('text/html', html), headers: { 'WARC-Target-URI': 'https://sp.example/' } });
    const items = await read('l.warc', Buffer.concat([record, RECORD_B]));
    expect(summarise(items)).toEqual(['INPUT_ENCODING crawl/l.warc', 'doc urn:uuid:bbbb-2']);
    expect(messages(items)).toEqual(['crawl/l.warc: INPUT_ENCODING: record 1 at byte 0 (https://sp.example/): the payload is not valid UTF-8 and declares no charset']);
  });

  it('skips an HTML page without an article (menus and index pages of a crawl) without an error', async () => {
    const menu = warcRecord({ type: 'response', block: httpResponse('text/html', '<html><body><nav><a href="/">Home</a></nav></body></html>') });
    expect(summarise(await read('m.warc', Buffer.concat([menu, RECORD_A])))).toEqual(['doc urn:uuid:aaaa-1']);
  });

  it('reports a corrupt record by number and byte offset, and reads the records after it', async () => {
    const bad = warcRecord({ type: 'response', block: 'x', contentLength: 'many' });
    const items = await read('bad.warc', Buffer.concat([RECORD_A, bad, RECORD_B]));
    expect(summarise(items)).toEqual(['doc urn:uuid:aaaa-1', 'WARC_RECORD crawl/bad.warc', 'doc urn:uuid:bbbb-2']);
    expect(messages(items)).toEqual([`crawl/bad.warc: WARC_RECORD: record 2 at byte ${RECORD_A.length}: invalid Content-Length "many"`]);
  });

  it('keeps the documents read before a corrupt gzip stream, and reports it once', async () => {
    const photo = warcRecord({ type: 'resource', block: randomBytes(6000), headers: { 'Content-Type': 'image/jpeg' } });
    const good = gzipPerRecord([RECORD_A, photo]);
    const broken = gzipSync(RECORD_B);
    broken.fill(0x41, 20, 40);
    const items = await read('bad.warc.gz', Buffer.concat([good, broken]));
    expect(summarise(items)).toEqual(['doc urn:uuid:aaaa-1', 'WARC_RECORD crawl/bad.warc.gz']);
    expect(messages(items)[0]).toContain('the gzip stream is corrupt or cut short, after 1 record:');
  });

  it('reports a gzip stream cut short', async () => {
    const whole = gzipPerRecord([RECORD_A, RECORD_B]);
    const items = await read('cut.warc.gz', whole.subarray(0, whole.length - 30));
    expect(summarise(items)).toEqual(['doc urn:uuid:aaaa-1', 'WARC_RECORD crawl/cut.warc.gz']);
  });

  it('refuses a file that is no WARC with one error', async () => {
    const items = await read('notes.warc', Buffer.from('Just some notes.\nNothing else.\n'));
    expect(messages(items)).toEqual(['crawl/notes.warc: WARC_RECORD: record 1 at byte 0: no WARC/1.x version line (found "Just some notes.")']);
  });

  it('reads a file holding images in its first kilobytes (not taken for binary)', async () => {
    expect(summarise(await read('img.warc', Buffer.concat([IMAGE, RECORD_A])))).toEqual(['doc urn:uuid:aaaa-1']);
  });
});
