import { describe, expect, it } from 'vitest';
import { batchesOf, inBatches, type BatchLimits } from './batches.js';

async function* from<T>(items: readonly T[], delayMs: (i: number) => number = () => 0): AsyncGenerator<T> {
  for (let i = 0; i < items.length; i++) {
    const ms = delayMs(i);
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    yield items[i];
  }
}

async function collect<T>(it: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const b of it) out.push(b);
  return out;
}

const limits = (over: Partial<BatchLimits> = {}): BatchLimits => ({ items: 3, weight: 100, idleMs: 1_000, ...over });

describe('inBatches', () => {
  it('groups items in order, a batch at most `items` long, the rest at the end', async () => {
    expect(await collect(inBatches(from([1, 2, 3, 4, 5, 6, 7]), () => 1, limits()))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('starts a new batch before the weight would pass the limit, and takes a heavy item alone', async () => {
    expect(await collect(inBatches(from([40, 40, 40, 250, 10]), (n) => n, limits()))).toEqual([[40, 40], [40], [250], [10]]);
  });

  it('gives nothing for an empty source', async () => {
    expect(await collect(inBatches(from([]), () => 1, limits()))).toEqual([]);
  });

  it('lets a batch go when the source is slow, rather than hold its items back', async () => {
    // Item 2 comes 200 ms after item 1: the batch with item 1 goes after 20 ms of waiting.
    const batches = await collect(inBatches(from([1, 2, 3], (i) => (i === 1 ? 200 : 0)), () => 1, limits({ idleMs: 20 })));
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it('passes on a failure of the source after the items before it', async () => {
    async function* failing(): AsyncGenerator<number> {
      yield 1;
      throw new Error('disk gone');
    }
    const seen: number[][] = [];
    await expect((async () => { for await (const b of inBatches(failing(), () => 1, limits())) seen.push(b); })()).rejects.toThrow('disk gone');
    expect(seen).toEqual([]);
  });

  it('closes the source when the consumer stops early', async () => {
    let closed = false;
    async function* source(): AsyncGenerator<number> {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    for await (const b of inBatches(source(), () => 1, limits())) {
      expect(b).toEqual([0, 1, 2]);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).toBe(true);
  });
});

describe('batchesOf', () => {
  it.each<[string, number[]]>([
    ['by count', [1, 1, 1, 1, 1, 1, 1]],
    ['by weight, a heavy item alone', [40, 40, 40, 250, 10]],
    ['nothing', []],
  ])('makes of items in memory the batches inBatches makes of a source (%s)', async (_, items) => {
    expect(batchesOf(items, (n) => n, limits())).toEqual(await collect(inBatches(from(items), (n) => n, limits())));
  });
});
