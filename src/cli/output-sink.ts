import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Where command output goes: standard output or `--out FILE`, with back-pressure respected.
 * `add` encodes text into a large byte chunk at once (each piece while it is small and fresh in
 * the cache, rather than one long concatenated string at the end: a third of the cost of
 * `Buffer.from` on a batch's lines, docs/performance.md); `flush` hands what was added to the
 * stream. `write` is `add` then `flush`.
 */
export interface OutputSink {
  /** Adds text to the output; it reaches the stream at the next `flush` (or sooner, when the chunk fills). */
  add(text: string): void;
  /** Hands everything added so far to the stream, and waits while the stream asks for it. */
  flush(): Promise<void>;
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** Bytes of one output chunk: a batch's event lines fill one or two. */
export const OUTPUT_CHUNK_BYTES = 1 << 20;

/**
 * Opens the output of a command: `out` (a file) or `stdout`.
 *
 * @example
 * const sink = openSink(values.out, io.stdout);
 * for (const doc of batch) sink.add(lines(doc));
 * await sink.flush();
 * await sink.close();
 */
export function openSink(out: string | undefined, stdout: Writable = process.stdout): OutputSink {
  const stream: Writable = out ? createWriteStream(out) : stdout;
  // Bytes [start, used) of chunk are added but not yet handed over; [0, start) belongs to the stream.
  let chunk = Buffer.allocUnsafe(OUTPUT_CHUNK_BYTES);
  let start = 0;
  let used = 0;
  let drained: Promise<unknown> | null = null;

  const handOver = (): void => {
    if (used === start) return;
    // A chunk handed over is never written again: the stream may hold it until it drains.
    if (!stream.write(chunk.subarray(start, used)) && drained === null) {
      drained = once(stream, 'drain');
      drained.catch(() => undefined); // its failure is met by the flush that awaits it
    }
    start = used;
  };
  const add = (text: string): void => {
    if (text.length === 0) return;
    // A UTF-16 unit is at most three bytes of UTF-8.
    const room = text.length * 3;
    if (used + room > chunk.length) {
      handOver();
      chunk = Buffer.allocUnsafe(Math.max(OUTPUT_CHUNK_BYTES, room));
      start = 0;
      used = 0;
    }
    used += chunk.write(text, used);
  };
  const flush = async (): Promise<void> => {
    handOver();
    if (drained) {
      const waiting = drained;
      drained = null;
      await waiting;
    }
  };
  return {
    add,
    flush,
    async write(text: string) {
      add(text);
      await flush();
    },
    async close() {
      await flush();
      if (out) {
        stream.end();
        await once(stream, 'finish');
      }
    },
  };
}
