import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileSource, memorySource, streamSource } from './input-source.js';
import { createJsonlReader } from './jsonl-reader.js';
import { FIXTURES, collectItems, summarise } from './fixtures.test-helper.js';

const options = { date: '2024-05-02', maxBytes: 1 << 20 };

describe('the JSONL reader', () => {
  const path = join(FIXTURES, 'records.jsonl');
  const read = () => collectItems(createJsonlReader().read(fileSource(path, statSync(path).size), options));

  it('reads the good records before and after malformed lines, and names each bad line', async () => {
    expect(summarise(await read())).toEqual([
      'doc rec-1',
      'doc rec-2',
      `INPUT_JSONL ${path}:4`,
      `INPUT_JSONL ${path}:5`,
      `INPUT_JSONL ${path}:6`,
      `INPUT_JSONL ${path}:7`,
      `INPUT_JSONL ${path}:8`,
      'doc rec-8',
    ]);
  });

  it.each([
    [4, /not valid JSON/],
    [5, /'id' must be a string, not a number/],
    [6, /record has no 'id'/],
    [7, /'date' of record 'rec-6' must be YYYY-MM-DD/],
    [8, /not a JSON object/],
  ])('says what is wrong with line %i', async (line, message) => {
    const error = (await read()).flatMap((i) => (i.kind === 'error' && i.error.line === line ? [i.error] : []))[0];
    expect(error?.message).toMatch(message);
    expect(error?.oneLine().startsWith(`${path}:${line}: INPUT_JSONL: `)).toBe(true);
  });

  it("takes a record's own fields, its date winning over --date", async () => {
    const [first] = await read();
    if (first.kind !== 'document') throw new Error('expected a document');
    expect(first.doc.meta).toEqual({
      id: 'rec-1', title: 'Envoy summoned', date: '2024-01-15', url: 'https://example.org/r1', source: 'Example Wire',
      byline: null, format: 'jsonl', origin: `${path}:1`,
    });
    expect(first.doc.text).toBe('Pakistan summoned the Afghan envoy on Monday.');
  });

  it('gives records without a date (or a null one) the --date', async () => {
    const docs = (await read()).flatMap((i) => (i.kind === 'document' ? [i.doc] : []));
    expect(docs.map((d) => d.meta.date)).toEqual(['2024-01-15', '2024-05-02', '2024-05-02']);
  });

  it.each([
    ['an empty id', '{"id": "", "text": "x y z"}', /'id' is empty/],
    ['a missing text', '{"id": "a"}', /has no 'text'/],
    ['a text that is not a string', '{"id": "a", "text": ["x"]}', /'text' of record 'a' must be a string, not an array/],
    ['an empty text', '{"id": "a", "text": "  "}', /'text' of record 'a' is empty/],
    ['a url that is not a string', '{"id": "a", "text": "x", "url": 5}', /'url' of record 'a' must be a string/],
    ['an impossible date', '{"id": "a", "text": "x", "date": "2023-02-30"}', /'date' of record 'a' must be YYYY-MM-DD/],
    ['a date that is a number', '{"id": "a", "text": "x", "date": 20230101}', /must be YYYY-MM-DD, not 20230101/],
  ])('refuses a record with %s', async (_what, line, message) => {
    const items = await collectItems(createJsonlReader().read(memorySource('r.jsonl', `${line}\n`), options));
    expect(items.map((i) => i.kind === 'error' && i.error.message)).toEqual([expect.stringMatching(message)]);
  });

  it('keeps the date part of an ISO timestamp', async () => {
    const [item] = await collectItems(createJsonlReader().read(memorySource('r.jsonl', '{"id":"a","text":"x","date":"2023-06-01T22:10:00Z"}'), options));
    expect(item.kind === 'document' && item.doc.meta.date).toBe('2023-06-01');
  });

  it('keeps the record text exactly, with CRLF line ends and a byte-order mark on the file', async () => {
    const items = await collectItems(createJsonlReader().read(memorySource('r.jsonl', '\uFEFF{"id":"a","text":" Iran met Iraq.\\n"}\r\n\r\n{"id":"b","text":"ok"}'), options));
    expect(items.map((i) => i.kind === 'document' && i.doc.text)).toEqual([' Iran met Iraq.\n', 'ok']);
  });

  it('reports a line of invalid UTF-8 and goes on', async () => {
    const bytes = Buffer.concat([Buffer.from('{"id":"a","text":"one"}\n{"id":"b","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"id":"c","text":"three"}\n')]);
    expect(summarise(await collectItems(createJsonlReader().read(memorySource('r.jsonl', bytes), options))))
      .toEqual(['doc a', 'INPUT_ENCODING r.jsonl:2', 'doc c']);
  });

  it('reports a line over the size limit without holding it, and goes on', async () => {
    const long = `{"id":"big","text":"${'x'.repeat(500)}"}`;
    const items = await collectItems(createJsonlReader().read(memorySource('r.jsonl', `{"id":"a","text":"one"}\n${long}\n{"id":"c","text":"three"}`), { ...options, maxBytes: 100 }));
    expect(summarise(items)).toEqual(['doc a', 'INPUT_TOO_LARGE r.jsonl:2', 'doc c']);
  });

  it('reads records split across stream chunks', async () => {
    const text = '{"id":"a","text":"Chile recalled its envoy."}\n{"id":"b","text":"Peru protested."}\n';
    const chunks = text.match(/[\s\S]{1,7}/g)!.map((c) => Buffer.from(c));
    const items = await collectItems(createJsonlReader().read(streamSource(Readable.from(chunks)), options));
    expect(items.map((i) => i.kind === 'document' && `${i.doc.meta.origin} ${i.doc.text}`)).toEqual(['-:1 Chile recalled its envoy.', '-:2 Peru protested.']);
  });

  it('streams: the first record comes out before the rest of a large input is read', async () => {
    const totalChunks = 2000;
    let pulled = 0;
    async function* bigFeed() {
      for (let i = 0; i < totalChunks; i++) {
        pulled++;
        yield Buffer.from(`{"id":"r${i}","text":"${'Delegates met in Geneva. '.repeat(200)}"}\n`);
      }
    }
    const reader = createJsonlReader().read(streamSource(Readable.from(bigFeed())), options)[Symbol.asyncIterator]();
    const first = await reader.next();
    expect(first.value?.kind === 'document' && first.value.doc.meta.id).toBe('r0');
    expect(pulled).toBeLessThan(totalChunks / 10);
    await reader.return?.(undefined);
  });

  it('gives a record fed slowly through a pipe at once, without waiting for the next one', async () => {
    const waited: number[] = [];
    let release: () => void = () => undefined;
    const later = new Promise<void>((resolve) => { release = resolve; });
    async function* slowPipe() {
      yield Buffer.from('{"id":"now","text":"Envoys met in Oslo."}\n');
      await later; // the next record comes only when the test says so
      yield Buffer.from('{"id":"later","text":"Envoys met again."}\n');
    }
    const reader = createJsonlReader().read(streamSource(slowPipe()), options)[Symbol.asyncIterator]();
    const t0 = Date.now();
    const first = await reader.next();
    waited.push(Date.now() - t0);
    expect(first.value?.kind === 'document' && first.value.doc.meta.id).toBe('now');
    expect(waited[0]).toBeLessThan(1_000);
    release();
    const second = await reader.next();
    expect(second.value?.kind === 'document' && second.value.doc.meta.id).toBe('later');
    expect((await reader.next()).done).toBe(true);
  });
});
