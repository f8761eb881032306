import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { InputFormat } from '../../core/document.js';
import { NOT_YET, settledWithin } from '../../core/settled-within.js';

/** How many leading bytes format detection and the binary check look at. */
export const HEAD_BYTES = 8192;

/** How long a stream's `head()` waits for more bytes once it has some (milliseconds). */
export const HEAD_WAIT_MS = 50;

/**
 * One input, as raw bytes: a file, standard input, or (in tests) a string. Readers decode and
 * check the bytes themselves, so every reader treats empty, binary and mis-encoded input alike.
 */
export interface InputSource {
  /** How errors name it: the path as given or walked (`news/a.txt`), or `-`. */
  readonly origin: string;
  /** The document id for whole-file formats: the base name (`a.txt`), or `-`. */
  readonly name: string;
  /** Size in bytes when known before reading (files), else null. */
  readonly size: number | null;
  /** The format the source itself declares (a URL's Content-Type), when it declares one. */
  readonly format?: InputFormat | null;
  /** Up to the first `HEAD_BYTES` bytes, without consuming the input. */
  head(): Promise<Uint8Array>;
  /** All bytes, as a stream of chunks. */
  bytes(): AsyncIterable<Uint8Array>;
}

/**
 * A file on disk; `size` comes from the `stat` done when inputs were listed.
 *
 * @example
 * fileSource('news/a.txt', 1234) // name 'a.txt', origin 'news/a.txt'
 */
export function fileSource(path: string, size: number): InputSource {
  return Object.freeze({
    origin: path,
    name: basename(path),
    size,
    async head(): Promise<Uint8Array> {
      const handle = await open(path, 'r');
      try {
        const buffer = Buffer.alloc(Math.min(HEAD_BYTES, size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    bytes(): AsyncIterable<Uint8Array> {
      return createReadStream(path, { highWaterMark: 1 << 16 });
    },
  });
}

/**
 * Bytes held in memory: for tests, and for records posted to the server.
 *
 * @example
 * memorySource('a.txt', 'The US and Iran met in Baghdad.')
 */
export function memorySource(name: string, content: string | Uint8Array, origin: string = name): InputSource {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return Object.freeze({
    origin,
    name,
    size: bytes.length,
    head: async () => bytes.subarray(0, HEAD_BYTES),
    async *bytes(): AsyncIterable<Uint8Array> {
      if (bytes.length > 0) yield bytes;
    },
  });
}

/**
 * A stream read once (standard input). `head()` buffers the first chunks so the format can be
 * detected; `bytes()` replays them and goes on with the rest of the stream, so nothing is read
 * twice and a long JSONL stream is still never held whole. `head()` waits for the first chunk,
 * then takes more only while they come within {@link HEAD_WAIT_MS}: a record fed slowly through
 * a pipe is read (and coded) without waiting for the next.
 *
 * @example
 * streamSource(process.stdin) // name and origin '-'
 */
export function streamSource(stream: NodeJS.ReadableStream | AsyncIterable<Uint8Array | string>, name = '-', origin: string = name,
  format: InputFormat | null = null): InputSource {
  const iterator = (stream as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  const buffered: Uint8Array[] = [];
  let bufferedBytes = 0;
  let ended = false;
  // A read still in flight when `head()` stopped waiting for it: the next pull takes it up.
  let inFlight: Promise<IteratorResult<Uint8Array | string>> | null = null;

  async function pull(waitMs = Infinity): Promise<boolean> {
    if (ended) return false;
    if (inFlight === null) {
      inFlight = iterator.next();
      inFlight.catch(() => undefined); // a failure is seen by whoever awaits the read, even a late one
    }
    const next = waitMs === Infinity ? await inFlight : await settledWithin(inFlight, waitMs);
    if (next === NOT_YET) return false;
    inFlight = null;
    if (next.done) { ended = true; return false; }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    buffered.push(chunk);
    bufferedBytes += chunk.length;
    return true;
  }

  return {
    origin,
    name,
    size: null,
    format,
    async head(): Promise<Uint8Array> {
      if (bufferedBytes === 0) await pull();
      while (bufferedBytes < HEAD_BYTES && (await pull(HEAD_WAIT_MS)));
      return Buffer.concat(buffered).subarray(0, HEAD_BYTES);
    },
    async *bytes(): AsyncIterable<Uint8Array> {
      while (buffered.length > 0 || (await pull())) {
        const chunk = buffered.shift() as Uint8Array;
        bufferedBytes -= chunk.length;
        yield chunk;
      }
    },
  };
}
