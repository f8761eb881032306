import { ParleyError } from '../../core/errors.js';
import { HEAD_BYTES, type InputSource } from './input-source.js';
import { ingestError, type ReaderOptions } from './input-reader.js';
import { decodeStrict, decodeUtf8Strict, isBlankText, looksBinary, wideUnicodeBom } from './input-bytes.js';

/**
 * The whole of `source` as checked text, for formats read in one piece (plain text, HTML). Throws
 * an INPUT_* `ParleyError` naming the input when it is too large (by size before reading, or by
 * count while reading a stream), empty or blank, binary, or not UTF-8.
 *
 * @example
 * const text = await readWholeText(fileSource('a.txt', 120), { date: null, maxBytes: 1e8 });
 */
export async function readWholeText(source: InputSource, options: ReaderOptions): Promise<string> {
  return checkedText(await readWholeBytes(source, options), source.origin);
}

/**
 * The whole of `source` as bytes, for formats that decode it themselves (a feed declaring its own
 * encoding). Throws INPUT_TOO_LARGE or INPUT_EMPTY as `readWholeText` does; the bytes are not
 * checked further.
 *
 * @example
 * const bytes = await readWholeBytes(fileSource('feed.rss', 900), { date: null, maxBytes: 1e8 });
 */
export async function readWholeBytes(source: InputSource, options: ReaderOptions): Promise<Uint8Array> {
  const origin = source.origin;
  const tooLarge = (): ParleyError => ingestError('INPUT_TOO_LARGE',
    `input is larger than the limit of ${options.maxBytes} bytes`, origin);
  if (source.size !== null && source.size > options.maxBytes) throw tooLarge();
  if (source.size === 0) throw ingestError('INPUT_EMPTY', 'input is empty (0 bytes)', origin);

  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source.bytes()) {
    total += chunk.length;
    if (total > options.maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  if (total === 0) throw ingestError('INPUT_EMPTY', 'input is empty (0 bytes)', origin);
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/**
 * Decodes bytes already read, with the same checks and errors as `readWholeText`. `encoding` is a
 * label the input declared for itself (`windows-1252`); without one the bytes must be UTF-8, and
 * a label TextDecoder does not know is refused with INPUT_ENCODING.
 *
 * @example
 * checkedText(new TextEncoder().encode('Iran met Iraq.'), 'a.txt') // 'Iran met Iraq.'
 */
export function checkedText(bytes: Uint8Array, origin: string, encoding: string | null = null): string {
  const head = bytes.subarray(0, HEAD_BYTES);
  const wide = wideUnicodeBom(head);
  if (wide) throw ingestError('INPUT_ENCODING', `input is ${wide}, not UTF-8; convert it to UTF-8`, origin);
  if (looksBinary(head)) throw ingestError('INPUT_BINARY', 'input looks binary, not text', origin);
  const text = encoding === null ? decodeUtf8Strict(bytes) : decodeStrict(bytes, encoding);
  if (text === undefined) throw ingestError('INPUT_ENCODING', `input declares the encoding '${encoding}', which Parley cannot decode`, origin);
  if (text === null) throw ingestError('INPUT_ENCODING', `input is not valid ${encoding ?? 'UTF-8'}`, origin);
  if (isBlankText(text)) throw ingestError('INPUT_EMPTY', 'input holds only white space', origin);
  return text;
}
