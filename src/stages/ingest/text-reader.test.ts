import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import { fileSource, memorySource } from './input-source.js';
import { createTextReader } from './text-reader.js';
import { FIXTURES, collectItems } from './fixtures.test-helper.js';

const options = { date: '2024-05-02', maxBytes: 1 << 20 };

describe('the plain-text reader', () => {
  it('keeps the text exactly as given, white space and line ends included', async () => {
    const raw = '  Peru and Bolivia met in La Paz.\r\n\r\nSupport The Andes Ledger\r\n\n\n   ';
    const [item] = await collectItems(createTextReader().read(memorySource('andes.txt', raw), options));
    expect(item.kind === 'document' && item.doc.text).toBe(raw);
  });

  it('names the document after the file, and records where it came from', async () => {
    const path = join(FIXTURES, 'plain-news.txt');
    const [item] = await collectItems(createTextReader().read(fileSource(path, statSync(path).size), options));
    if (item.kind !== 'document') throw new Error(item.error.oneLine());
    expect(item.doc.meta).toMatchObject({ id: 'plain-news.txt', origin: path, format: 'text', date: '2024-05-02', title: null });
    expect(item.doc.text).toBe(readFileSync(path, 'utf8'));
  });

  it('keeps a byte-order mark so offsets count from the first byte of the file', async () => {
    const path = join(FIXTURES, 'bom.txt');
    const [item] = await collectItems(createTextReader().read(fileSource(path, statSync(path).size), options));
    expect(item.kind === 'document' && item.doc.text).toBe('\uFEFFA text with a byte-order mark.\n');
  });

  it('keeps astral characters as they are', async () => {
    const [item] = await collectItems(createTextReader().read(memorySource('a.txt', 'Flags 🇺🇦 waved in Kyiv.'), options));
    expect(item.kind === 'document' && item.doc.text).toBe('Flags 🇺🇦 waved in Kyiv.');
  });
});
