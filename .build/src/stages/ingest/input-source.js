import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
/** How many leading bytes format detection and the binary check look at. */
export const HEAD_BYTES = 8192;
/**
 * A file on disk; `size` comes from the `stat` done when inputs were listed.
 *
 * @example
 * fileSource('news/a.txt', 1234) // name 'a.txt', origin 'news/a.txt'
 */
export function fileSource(path, size) {
    return Object.freeze({
        origin: path,
        name: basename(path),
        size,
        async head() {
            const handle = await open(path, 'r');
            try {
                const buffer = Buffer.alloc(Math.min(HEAD_BYTES, size));
                const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
                return buffer.subarray(0, bytesRead);
            }
            finally {
                await handle.close();
            }
        },
        bytes() {
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
export function memorySource(name, content, origin = name) {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    return Object.freeze({
        origin,
        name,
        size: bytes.length,
        head: async () => bytes.subarray(0, HEAD_BYTES),
        async *bytes() {
            if (bytes.length > 0)
                yield bytes;
        },
    });
}
/**
 * A stream read once (standard input). `head()` buffers the first chunks so the format can be
 * detected; `bytes()` replays them and goes on with the rest of the stream, so nothing is read
 * twice and a long JSONL stream is still never held whole.
 *
 * @example
 * streamSource(process.stdin) // name and origin '-'
 */
export function streamSource(stream, name = '-', origin = name) {
    const iterator = stream[Symbol.asyncIterator]();
    const buffered = [];
    let bufferedBytes = 0;
    let ended = false;
    async function pull() {
        if (ended)
            return false;
        const next = await iterator.next();
        if (next.done) {
            ended = true;
            return false;
        }
        const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
        buffered.push(chunk);
        bufferedBytes += chunk.length;
        return true;
    }
    return {
        origin,
        name,
        size: null,
        async head() {
            while (bufferedBytes < HEAD_BYTES && (await pull()))
                ;
            return Buffer.concat(buffered).subarray(0, HEAD_BYTES);
        },
        async *bytes() {
            while (buffered.length > 0 || (await pull())) {
                const chunk = buffered.shift();
                bufferedBytes -= chunk.length;
                yield chunk;
            }
        },
    };
}
