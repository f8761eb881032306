import { NOT_YET, settledWithin } from '../core/settled-within.js';

/** When a batch is complete. */
export interface BatchLimits {
  /** At most this many items. */
  readonly items: number;
  /** At most this much weight (a batch's first item is taken whatever its weight). */
  readonly weight: number;
  /** A batch waits at most this long for the source's next item before it goes (input from a slow pipe). */
  readonly idleMs: number;
}

/**
 * How `parley code` and `parley ingest` batch documents for the coder (Pipeline.runBatch): 512
 * documents or a million characters of text, and never more than 50 ms behind a slow input. Each
 * stage's tables (phrases, patterns, places) are larger than the processor's caches: the more
 * documents a stage codes before the next stage runs, the fewer times they are fetched again
 * (docs/performance.md, round 10: the coding path 3-6% faster than with 128, within the noise for ingest).
 */
export const CODING_BATCH: BatchLimits = Object.freeze({ items: 512, weight: 1_000_000, idleMs: 50 });

/**
 * Groups the items of an async source into batches, in order: a batch goes when it is full (by
 * count or by weight), when the source has nothing new for `idleMs` (so that a document fed
 * slowly through a pipe is not held back waiting for others), and at the end.
 *
 * @example
 * for await (const batch of inBatches(readInputs(paths), (item) => item.text.length, CODING_BATCH)) code(batch);
 */
export async function* inBatches<T>(source: AsyncIterable<T>, weigh: (item: T) => number, limits: BatchLimits): AsyncGenerator<T[]> {
  const it = source[Symbol.asyncIterator]();
  let batch: T[] = [];
  let weight = 0;
  // The next item is read while the last batch is being coded; a failure is kept for its turn.
  const read = () => {
    const p = it.next();
    p.catch(() => undefined);
    return p;
  };
  let next = read();
  try {
    for (;;) {
      const result = batch.length === 0 ? await next : await settledWithin(next, limits.idleMs);
      if (result === NOT_YET) {
        yield batch;
        batch = [];
        weight = 0;
        continue;
      }
      if (result.done) break;
      next = read();
      const w = weigh(result.value);
      if (batch.length > 0 && weight + w > limits.weight) {
        yield batch;
        batch = [];
        weight = 0;
      }
      batch.push(result.value);
      weight += w;
      if (batch.length >= limits.items) {
        yield batch;
        batch = [];
        weight = 0;
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    // A consumer that stops early closes the source too (its files and streams), without
    // waiting: the source may be a pipe with nothing more to say.
    it.return?.()?.catch(() => undefined);
  }
}

/**
 * The batches `inBatches` makes of items already in memory (no source to wait for): the bench
 * and the profiler code their corpus in the batches the commands would.
 *
 * @example
 * batchesOf(records, (r) => r.text.length, CODING_BATCH)
 */
export function batchesOf<T>(items: readonly T[], weigh: (item: T) => number, limits: BatchLimits): T[][] {
  const out: T[][] = [];
  let batch: T[] = [];
  let weight = 0;
  for (const item of items) {
    const w = weigh(item);
    if (batch.length > 0 && weight + w > limits.weight) {
      out.push(batch);
      batch = [];
      weight = 0;
    }
    batch.push(item);
    weight += w;
    if (batch.length >= limits.items) {
      out.push(batch);
      batch = [];
      weight = 0;
    }
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

/**
 * The weight of an input item in a coding batch: its text's length (a read error weighs nothing).
 *
 * @example
 * inBatches(readInputs(paths), textLength, CODING_BATCH)
 */
export function textLength(item: { readonly kind: string; readonly doc?: { readonly text: string } }): number {
  return item.doc?.text.length ?? 0;
}
