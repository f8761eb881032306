import { HEAD_BYTES } from './input-source.js';
import { ingestError } from './input-reader.js';
import { decodeUtf8Strict, isBlankText, looksBinary, wideUnicodeBom } from './input-bytes.js';
/**
 * The whole of `source` as checked text, for formats read in one piece (plain text, HTML). Throws
 * an INPUT_* `ParleyError` naming the input when it is too large (by size before reading, or by
 * count while reading a stream), empty or blank, binary, or not UTF-8.
 *
 * @example
 * const text = await readWholeText(fileSource('a.txt', 120), { date: null, maxBytes: 1e8 });
 */
export async function readWholeText(source, options) {
    const origin = source.origin;
    const tooLarge = () => ingestError('INPUT_TOO_LARGE', `input is larger than the limit of ${options.maxBytes} bytes`, origin);
    if (source.size !== null && source.size > options.maxBytes)
        throw tooLarge();
    if (source.size === 0)
        throw ingestError('INPUT_EMPTY', 'input is empty (0 bytes)', origin);
    const chunks = [];
    let total = 0;
    for await (const chunk of source.bytes()) {
        total += chunk.length;
        if (total > options.maxBytes)
            throw tooLarge();
        chunks.push(chunk);
    }
    if (total === 0)
        throw ingestError('INPUT_EMPTY', 'input is empty (0 bytes)', origin);
    const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    return checkedText(bytes, origin);
}
/** Decodes bytes already read, with the same checks and errors as `readWholeText`. */
export function checkedText(bytes, origin) {
    const head = bytes.subarray(0, HEAD_BYTES);
    const wide = wideUnicodeBom(head);
    if (wide)
        throw ingestError('INPUT_ENCODING', `input is ${wide}, not UTF-8; convert it to UTF-8`, origin);
    if (looksBinary(head))
        throw ingestError('INPUT_BINARY', 'input looks binary, not text', origin);
    const text = decodeUtf8Strict(bytes);
    if (text === null)
        throw ingestError('INPUT_ENCODING', 'input is not valid UTF-8', origin);
    if (isBlankText(text))
        throw ingestError('INPUT_EMPTY', 'input holds only white space', origin);
    return text;
}
