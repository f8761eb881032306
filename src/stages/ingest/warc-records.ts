import { ByteCursor } from './byte-cursor.js';
import { decodeUtf8Strict } from './input-bytes.js';

/** A WARC record's named fields; names lower-cased (`warc-type`, `content-length`). */
export type WarcHeaders = ReadonlyMap<string, string>;

/** What reading a WARC stream gives, record by record (numbered from 1, counting every record). */
export type WarcItem =
  | { readonly kind: 'record'; readonly number: number; readonly offset: number; readonly headers: WarcHeaders; readonly block: Uint8Array }
  | { readonly kind: 'skipped'; readonly number: number; readonly offset: number; readonly headers: WarcHeaders }
  | { readonly kind: 'too-large'; readonly number: number; readonly offset: number; readonly headers: WarcHeaders; readonly length: number }
  | { readonly kind: 'corrupt'; readonly number: number; readonly offset: number; readonly reason: string; readonly encoding: boolean };

export interface WarcReadOptions {
  /** Records whose block is wanted; the others are skipped unread. */
  readonly wants: (headers: WarcHeaders) => boolean;
  /** A wanted block longer than this is skipped and reported `too-large`. */
  readonly maxBlockBytes: number;
}

/** No header line (or header section) of a sane WARC file is this long. */
const MAX_HEADER_BYTES = 64 * 1024;
const VERSION_LINE = /^WARC\/1\.\d+$/;
const isSpace = (b: number): boolean => b === 0x0d || b === 0x0a || b === 0x20 || b === 0x09;

/**
 * Reads WARC records from a stream of (decompressed) bytes, one at a time: a `WARC/1.x` version
 * line, header lines, a blank line, `Content-Length` bytes of block, then CRLF CRLF. Blocks of
 * records not wanted are skipped without being held (the record is given as `skipped`). A corrupt record (a bad version line, a
 * header that is not UTF-8 or runs too long, a missing or invalid Content-Length, a block cut
 * short or not followed by a line end) is given as `corrupt`, with its number and byte offset,
 * and reading goes on from the next line that starts with `WARC/1.`. A leading byte-order mark
 * and white space between records are skipped.
 *
 * @example
 * for await (const item of readWarcRecords(gunzipChunks(source.bytes()), { wants, maxBlockBytes: 1e8 })) ...
 */
export async function* readWarcRecords(chunks: AsyncIterable<Uint8Array>, options: WarcReadOptions): AsyncGenerator<WarcItem> {
  const cursor = new ByteCursor(chunks);
  if ((await cursor.peek()) === 0xef) await skipByteOrderMark(cursor);
  let number = 0;
  let found: { offset: number; line: string } | null = null;
  for (;;) {
    let offset: number;
    let versionLine: string | null;
    if (found) {
      ({ offset, line: versionLine } = found);
      found = null;
    } else {
      await cursor.skipWhile(isSpace);
      offset = cursor.offset;
      const line = await cursor.readLine(MAX_HEADER_BYTES);
      if (line === null) return;
      versionLine = line.kind === 'line' ? new TextDecoder('latin1').decode(line.bytes) : null;
    }
    number++;
    const corrupt = (reason: string, encoding = false): WarcItem => Object.freeze({ kind: 'corrupt', number, offset, reason, encoding });

    if (versionLine === null || !VERSION_LINE.test(versionLine)) {
      yield corrupt(versionLine === null ? 'no WARC/1.x version line (an over-long line instead)' : `no WARC/1.x version line (found "${shown(versionLine)}")`);
      found = await resynchronise(cursor);
      if (!found) return;
      continue;
    }
    const headers = await readHeaders(cursor);
    if (typeof headers === 'string' || headers instanceof Error) {
      yield headers instanceof Error ? corrupt(headers.message, true) : corrupt(headers);
      found = await resynchronise(cursor);
      if (!found) return;
      continue;
    }
    const lengthText = headers.get('content-length') ?? '';
    if (!/^\d+$/.test(lengthText)) {
      yield corrupt(lengthText === '' ? 'no Content-Length' : `invalid Content-Length "${shown(lengthText)}"`);
      found = await resynchronise(cursor);
      if (!found) return;
      continue;
    }
    const length = Number(lengthText);
    const wanted = options.wants(headers);
    const oversize = wanted && length > options.maxBlockBytes;
    let block: Uint8Array | null = null;
    let got: number;
    if (wanted && !oversize) {
      block = await cursor.read(length);
      got = block.length;
    } else {
      got = await cursor.skip(length);
    }
    if (got < length) {
      yield corrupt(`block cut short: ${got} of ${length} bytes (the input ends)`);
      return;
    }
    const next = await cursor.peek();
    if (next !== -1 && next !== 0x0d && next !== 0x0a) {
      yield corrupt(`block does not end with CRLF CRLF after ${length} bytes (a wrong Content-Length?)`);
      found = await resynchronise(cursor);
      if (!found) return;
      continue;
    }
    if (oversize) yield Object.freeze({ kind: 'too-large', number, offset, headers, length });
    else if (block) yield Object.freeze({ kind: 'record', number, offset, headers, block });
    else yield Object.freeze({ kind: 'skipped', number, offset, headers });
  }
}

/** Header lines up to the blank line; a reason string when they are malformed, an Error when not UTF-8. */
async function readHeaders(cursor: ByteCursor): Promise<Map<string, string> | string | Error> {
  const headers = new Map<string, string>();
  let total = 0;
  let last: string | null = null;
  for (;;) {
    const line = await cursor.readLine(MAX_HEADER_BYTES);
    if (line === null) return 'headers cut short (the input ends)';
    if (line.kind === 'too-long') return 'a header line is too long';
    total += line.bytes.length;
    if (total > MAX_HEADER_BYTES) return 'the headers are too long';
    if (line.bytes.length === 0) return headers;
    const text = decodeUtf8Strict(line.bytes);
    if (text === null) return new Error('a header line is not valid UTF-8');
    if ((text.startsWith(' ') || text.startsWith('\t')) && last !== null) {
      headers.set(last, `${headers.get(last) ?? ''} ${text.trim()}`); // a folded continuation line
      continue;
    }
    const colon = text.indexOf(':');
    if (colon <= 0) return `malformed header line "${shown(text)}"`;
    last = text.slice(0, colon).trim().toLowerCase();
    headers.set(last, text.slice(colon + 1).trim());
  }
}

/** Skips to the next line starting `WARC/1.`, and gives it with its offset; null at the end. */
async function resynchronise(cursor: ByteCursor): Promise<{ offset: number; line: string } | null> {
  for (;;) {
    const offset = cursor.offset;
    const line = await cursor.readLine(MAX_HEADER_BYTES);
    if (line === null) return null;
    if (line.kind !== 'line' || line.bytes[0] !== 0x57) continue; // 'W'
    const text = new TextDecoder('latin1').decode(line.bytes);
    if (text.startsWith('WARC/1.')) return { offset, line: text };
  }
}

async function skipByteOrderMark(cursor: ByteCursor): Promise<void> {
  // Only a whole EF BB BF is skipped; anything else is left for the version-line check.
  const bytes = [0xef, 0xbb, 0xbf];
  let i = 0;
  await cursor.skipWhile((b) => i < 3 && b === bytes[i++]);
}

function shown(text: string): string {
  const printable = text.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}...` : printable;
}
