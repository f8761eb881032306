import { describe, it, expect } from 'vitest';
import { Readable } from 'node:stream';
import { isParleyError } from '../../core/errors.js';
import { createHtmlReader } from './html-reader.js';
import { DEFAULT_MAX_BYTES, type IngestItem, type InputReader, type ReaderOptions } from './input-reader.js';
import { memorySource, streamSource, type InputSource } from './input-source.js';
import { createJsonlReader } from './jsonl-reader.js';
import { createTextReader } from './text-reader.js';
import { createFeedReader } from './feed-reader.js';
import { createWarcReader } from './warc-reader.js';
import { httpResponse, warcRecord } from './warc.test-helper.js';

/** One reader, and a well-formed input of its format that carries no date of its own. */
interface ReaderCase {
  readonly name: string;
  readonly reader: InputReader;
  readonly file: string;
  readonly valid: string;
  /** A sentence each valid input's document text must hold. */
  readonly sentence: string;
}

const CASES: readonly ReaderCase[] = [
  {
    name: 'text', reader: createTextReader(), file: 'talks.txt', sentence: 'Egypt hosted Israeli and Hamas negotiators in Cairo.',
    valid: 'Egypt hosted Israeli and Hamas negotiators in Cairo.\n\nThe talks ended without a deal.\n',
  },
  {
    name: 'html', reader: createHtmlReader(), file: 'talks.html', sentence: 'Egypt hosted Israeli and Hamas negotiators in Cairo.',
    valid: '<!doctype html><html><head><title>Cairo talks</title></head><body><article><p>Egypt hosted Israeli and Hamas negotiators in Cairo.</p><p>The talks ended without a deal.</p></article></body></html>',
  },
  {
    name: 'jsonl', reader: createJsonlReader(), file: 'talks.jsonl', sentence: 'Egypt hosted Israeli and Hamas negotiators in Cairo.',
    valid: '{"id": "cairo-1", "text": "Egypt hosted Israeli and Hamas negotiators in Cairo."}\n',
  },
  {
    name: 'rss', reader: createFeedReader(), file: 'talks.rss', sentence: 'Egypt hosted Israeli and Hamas negotiators in Cairo.',
    valid: '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Nile Wire</title><item><guid>cairo-1</guid>'
      + '<description>Egypt hosted Israeli and Hamas negotiators in Cairo.</description></item></channel></rss>',
  },
  {
    name: 'warc', reader: createWarcReader(), file: 'talks.warc', sentence: 'Egypt hosted Israeli and Hamas negotiators in Cairo.',
    valid: warcRecord({
      type: 'response', headers: { 'WARC-Target-URI': 'https://nile.example/talks', 'Content-Type': 'application/http; msgtype=response' },
      block: httpResponse('text/html; charset=utf-8', '<html><body><article><p>Egypt hosted Israeli and Hamas negotiators in Cairo.</p></article></body></html>'),
    }).toString('utf8'),
  },
];

const OPTIONS: ReaderOptions = { date: '2024-02-20', maxBytes: DEFAULT_MAX_BYTES };

async function collect(reader: InputReader, source: InputSource, options: ReaderOptions = OPTIONS): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of reader.read(source, options)) items.push(item);
  return items;
}

function errorCodes(items: readonly IngestItem[]): string[] {
  return items.flatMap((i) => (i.kind === 'error' ? [i.error.code] : []));
}

describe.each(CASES)('the $name reader (InputReader contract)', ({ reader, file, valid, sentence, name }) => {
  it(`is the reader of '${name}'`, () => {
    expect(reader.format).toBe(name);
  });

  it('reads a well-formed input as documents of its format, named after their input', async () => {
    const items = await collect(reader, memorySource(file, valid, `news/${file}`));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.kind).toBe('document');
      if (item.kind !== 'document') continue;
      expect(item.doc.meta.format).toBe(name);
      expect(item.doc.meta.origin.startsWith(`news/${file}`)).toBe(true);
      expect(item.doc.text).toContain(sentence);
      expect(Object.isFrozen(item.doc)).toBe(true);
      expect(item.doc.layers).toEqual({});
    }
  });

  it('gives documents without a date of their own the --date', async () => {
    const [item] = await collect(reader, memorySource(file, valid));
    expect(item.kind === 'document' && item.doc.meta.date).toBe('2024-02-20');
  });

  it('leaves the date null when neither the input nor --date gives one', async () => {
    const [item] = await collect(reader, memorySource(file, valid), { ...OPTIONS, date: null });
    expect(item.kind === 'document' && item.doc.meta.date).toBeNull();
  });

  it('reads the same input from a stream as from memory', async () => {
    const fromMemory = await collect(reader, memorySource(file, valid));
    const fromStream = await collect(reader, streamSource(Readable.from([Buffer.from(valid)]), file));
    expect(fromStream.map((i) => i.kind === 'document' && i.doc.text)).toEqual(fromMemory.map((i) => i.kind === 'document' && i.doc.text));
  });

  it.each([
    ['an empty input', new Uint8Array(0), 'INPUT_EMPTY'],
    ['an input of white space only', ' \n\n\t \n', 'INPUT_EMPTY'],
    ['binary bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'INPUT_BINARY'],
    ['UTF-16 text', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]), 'INPUT_ENCODING'],
  ])('refuses %s with %s, naming the input', async (_what, content, code) => {
    const items = await collect(reader, memorySource(file, content, `in/${file}`));
    expect(errorCodes(items)).toEqual([code]);
    const error = items[0].kind === 'error' ? items[0].error : null;
    expect(isParleyError(error)).toBe(true);
    expect(error?.input).toBe(`in/${file}`);
    expect(error?.stage).toBe('ingest');
    expect(error?.oneLine()).toMatch(new RegExp(`^in/${file}(:\\d+)?: ${code}: `));
  });

  it('refuses invalid UTF-8 with INPUT_ENCODING', async () => {
    const bytes = Buffer.concat([Buffer.from(valid.slice(0, 20)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(valid.slice(20))]);
    expect(errorCodes(await collect(reader, memorySource(file, bytes)))).toContain('INPUT_ENCODING');
  });

  it('refuses an input over the size limit with INPUT_TOO_LARGE', async () => {
    const items = await collect(reader, memorySource(file, valid), { ...OPTIONS, maxBytes: 16 });
    expect(errorCodes(items)).toEqual(['INPUT_TOO_LARGE']);
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    const items = await collect(reader, memorySource(file, `\uFEFF${valid}`));
    expect(items.map((i) => i.kind)).toEqual(['document']);
  });
});
