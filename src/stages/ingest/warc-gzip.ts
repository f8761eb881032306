import { createGunzip } from 'node:zlib';
import { once } from 'node:events';

/**
 * True when bytes start with the gzip magic number (1f 8b).
 *
 * @example
 * isGzip(new Uint8Array([0x1f, 0x8b, 0x08])) // true
 */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * zlib drops what it decoded from the one write in which it meets corrupt data, so input is fed
 * in small writes: on corruption, only the output of the last few kilobytes of input is lost.
 */
const WRITE_BYTES = 4096;

/**
 * The decompressed chunks of a gzip stream, streamed; concatenated members (as `.warc.gz` files
 * write one per record) are read one after another. A corrupt or cut-off stream throws an error
 * whose `code` starts with `Z_`, after the chunks decoded before it (all but those from the last
 * `WRITE_BYTES` of compressed input before the damage).
 *
 * @example
 * for await (const chunk of gunzipChunks(source.bytes())) ...
 */
export async function* gunzipChunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const gunzip = createGunzip();
  const queue: Buffer[] = [];
  const state: { failure: { error: unknown } | null; ended: boolean } = { failure: null, ended: false };
  let wake: (() => void) | null = null;
  const signal = (): void => { wake?.(); wake = null; };
  // Iterating the stream would drop decoded data still buffered when an error destroys it.
  gunzip.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    if (queue.length >= 16) gunzip.pause();
    signal();
  });
  gunzip.on('error', (error) => { state.failure ??= { error }; signal(); });
  gunzip.on('end', () => { state.ended = true; signal(); });
  const feeding = (async (): Promise<void> => {
    try {
      for await (const chunk of chunks) {
        for (let at = 0; at < chunk.length; at += WRITE_BYTES) {
          if (gunzip.destroyed) return;
          if (!gunzip.write(chunk.subarray(at, at + WRITE_BYTES))) await once(gunzip, 'drain');
        }
      }
      gunzip.end();
    } catch (error) {
      state.failure ??= { error };
      signal();
    }
  })();
  try {
    for (;;) {
      if (queue.length > 0) {
        const chunk = queue.shift() as Buffer;
        if (queue.length < 4 && gunzip.isPaused()) gunzip.resume();
        yield chunk;
        continue;
      }
      if (state.failure) throw state.failure.error;
      if (state.ended) break;
      await new Promise<void>((resolve) => { wake = resolve; });
    }
    await feeding;
  } finally {
    gunzip.destroy();
  }
}

/**
 * True for a zlib error (corrupt data, a cut-off stream).
 *
 * @example
 * catch (e) { if (isGzipError(e)) report('the gzip stream is corrupt'); }
 */
export function isGzipError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}
