import { describe, it, expect } from 'vitest';
import { collectItems, summarise } from './fixtures.test-helper.js';
import { memorySource } from './input-source.js';
import type { InputReader } from './input-reader.js';
import { lazyReader } from './lazy-reader.js';
import { createTextReader } from './text-reader.js';

const options = { date: null, maxBytes: 1e6 };

describe('lazyReader', () => {
  it('loads its reader on the first read, once, and reads as that reader does', async () => {
    let loads = 0;
    const reader = lazyReader('text', async (): Promise<InputReader> => {
      loads++;
      return createTextReader();
    });
    expect(loads).toBe(0);
    expect(reader.format).toBe('text');
    const first = await collectItems(reader.read(memorySource('a.txt', 'Iran met Iraq.'), options));
    const second = await collectItems(reader.read(memorySource('b.txt', 'Iraq met Iran.'), options));
    expect(summarise([...first, ...second])).toEqual(['doc a.txt', 'doc b.txt']);
    expect(loads).toBe(1);
  });
});
