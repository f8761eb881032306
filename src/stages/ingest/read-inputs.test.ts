import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { isParleyError } from '../../core/errors.js';
import { gzipSync } from 'node:zlib';
import { readInputs, type ReadInputsOptions } from './read-inputs.js';
import { defaultReaders } from './readers.js';
import { warcRecord } from './warc.test-helper.js';
import { FIXTURES, collectItems, summarise } from './fixtures.test-helper.js';

const read = (inputs: string[], options: ReadInputsOptions = {}) => collectItems(readInputs(inputs, options));
const stdinOf = (text: string) => Readable.from([Buffer.from(text)]);
const fixture = (name: string) => join(FIXTURES, name);
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Gulf Desk</title><item><guid>q-1</guid><description>Qatar mediated between the two sides.</description></item></channel></rss>';

describe('readInputs', () => {
  it('walks a folder recursively in sorted order, skipping hidden files, and reports each bad file', async () => {
    const folder = fixture('folder');
    expect(summarise(await read([folder]))).toEqual([
      'doc a-page.html',
      'doc b-news.txt',
      'doc folder-1',
      `INPUT_EMPTY ${join(folder, 'sub', 'empty.txt')}`,
      `INPUT_BINARY ${join(folder, 'sub', 'image.png')}`,
      `INPUT_ENCODING ${join(folder, 'sub', 'latin1.txt')}`,
    ]);
  });

  it('detects each file format by its extension', async () => {
    const items = await read([fixture('folder')]);
    expect(items.flatMap((i) => (i.kind === 'document' ? [i.doc.meta.format] : []))).toEqual(['html', 'text', 'jsonl']);
  });

  it('reports a missing input and still reads the ones after it', async () => {
    const missing = fixture('no-such-file.txt');
    const items = await read([missing, fixture('plain-news.txt')]);
    expect(summarise(items)).toEqual([`INPUT_NOT_FOUND ${missing}`, 'doc plain-news.txt']);
    expect(items[0].kind === 'error' && items[0].error.oneLine()).toBe(`${missing}: INPUT_NOT_FOUND: no such file or folder`);
  });

  it('reports an empty folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-empty-'));
    expect(summarise(await read([dir]))).toEqual([`INPUT_EMPTY ${dir}`]);
  });

  it.each([
    ['no input', []],
    ['the input -', ['-']],
  ])('reads standard input for %s, as a document named -', async (_what, inputs) => {
    const items = await read(inputs, { stdin: stdinOf('Cuba and Mexico signed a trade pact.'), date: '2024-03-01' });
    expect(items.map((i) => i.kind === 'document' && [i.doc.meta.id, i.doc.meta.format, i.doc.meta.date, i.doc.text])).toEqual([
      ['-', 'text', '2024-03-01', 'Cuba and Mexico signed a trade pact.'],
    ]);
  });

  it.each([
    ['JSONL', '{"id": "s1", "text": "Oman hosted talks."}\n', 'jsonl', 's1'],
    ['HTML', '<html><body><article><p>Oman hosted talks between the two sides on Sunday.</p></article></body></html>', 'html', '-'],
    ['text', 'Oman hosted talks.', 'text', '-'],
  ])('detects %s on standard input by its content', async (_what, text, format, id) => {
    const items = await read(['-'], { stdin: stdinOf(text) });
    expect(items.map((i) => i.kind === 'document' && `${i.doc.meta.format} ${i.doc.meta.id}`)).toEqual([`${format} ${id}`]);
  });

  it('detects a file with an unknown extension by its content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-detect-'));
    writeFileSync(join(dir, 'feed.data'), '{"id": "d1", "text": "Fiji joined the pact."}\n');
    writeFileSync(join(dir, 'page.data'), '<!doctype html><html><body><p>Fiji and Tonga joined the regional pact on Monday.</p></body></html>');
    writeFileSync(join(dir, 'notes'), 'Fiji joined the pact.');
    const items = await read([dir]);
    expect(items.map((i) => i.kind === 'document' && `${i.doc.meta.format} ${i.doc.meta.id}`)).toEqual(['jsonl d1', 'text notes', 'html page.data']);
  });

  it('reads every input in the format --input names, whatever its extension', async () => {
    const items = await read([fixture('fragment.html')], { input: 'text' });
    expect(items.map((i) => i.kind === 'document' && i.doc.text.startsWith('<p>Kenya'))).toEqual([true]);
  });

  it('reads every input as a feed with --input rss, whatever its name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-rss-'));
    writeFileSync(join(dir, 'latest.xml.txt'), FEED);
    expect(summarise(await read([join(dir, 'latest.xml.txt')], { input: 'rss' }))).toEqual(['doc q-1']);
  });

  it('refuses a plain-text file read with --input warc, and goes on', async () => {
    const items = await read([fixture('plain-news.txt'), fixture('plain-news.txt')], { input: 'warc' });
    expect(summarise(items)).toEqual([`WARC_RECORD ${fixture('plain-news.txt')}`, `WARC_RECORD ${fixture('plain-news.txt')}`]);
  });

  it('refuses with INPUT_FORMAT a format its reader table leaves out', async () => {
    const items = await read([fixture('plain-news.txt')], { input: 'warc', readers: { text: defaultReaders().text } });
    expect(items.map((i) => i.kind === 'error' && i.error.oneLine())).toEqual([`${fixture('plain-news.txt')}: INPUT_FORMAT: WARC input is not supported yet`]);
  });

  it('detects feed and WARC files by extension and content, gzip-compressed WARC included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-formats-'));
    const record = warcRecord({ type: 'resource', block: 'Qatar mediated between the two sides.', headers: { 'WARC-Record-ID': '<urn:uuid:w-1>', 'Content-Type': 'text/plain' } });
    writeFileSync(join(dir, 'a.rss'), FEED);
    writeFileSync(join(dir, 'b.warc'), record);
    writeFileSync(join(dir, 'c.txt'), 'Qatar mediated.');
    writeFileSync(join(dir, 'd.xml'), FEED.replace('q-1', 'q-2'));
    writeFileSync(join(dir, 'e.bin'), gzipSync(record));
    const items = await read([dir]);
    expect(items.map((i) => i.kind === 'document' && `${i.doc.meta.format} ${i.doc.meta.id}`))
      .toEqual(['rss q-1', 'warc urn:uuid:w-1', 'text c.txt', 'rss q-2', 'warc urn:uuid:w-1']);
  });

  it('reports an empty feed and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-formats-'));
    writeFileSync(join(dir, 'a.rss'), '<?xml version="1.0"?><rss></rss>');
    writeFileSync(join(dir, 'c.txt'), 'Qatar mediated.');
    expect(summarise(await read([dir]))).toEqual([`INPUT_FEED ${join(dir, 'a.rss')}`, 'doc c.txt']);
  });

  it('refuses a whole-file input over the size limit before reading it', async () => {
    const items = await read([fixture('plain-news.txt'), fixture('folder/b-news.txt')], { maxBytes: 60 });
    expect(summarise(items)).toEqual([`INPUT_TOO_LARGE ${fixture('plain-news.txt')}`, 'doc b-news.txt']);
  });

  it.each([
    ['a --date not written YYYY-MM-DD', { date: '03/05/2024' }, /--date must be a date written YYYY-MM-DD/],
    ['an impossible --date', { date: '2024-02-30' }, /--date/],
    ['an unknown --input', { input: 'pdf' as never }, /--input must be one of/],
  ])('throws USAGE for %s', async (_what, options, message) => {
    const error = await read([fixture('plain-news.txt')], options).catch((e: unknown) => e);
    expect(isParleyError(error) && error.code).toBe('USAGE');
    expect((error as Error).message).toMatch(message);
  });
});
