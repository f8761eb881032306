import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** An HTTP response stored in a WARC `response` record: status, headers (lower-cased names), body. */
export interface HttpResponse {
  readonly status: number;
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Uint8Array;
}

/**
 * Splits an HTTP response message into status, headers and body, the body de-chunked (when sent
 * with `Transfer-Encoding: chunked` and still in chunks) and decompressed (`Content-Encoding`
 * gzip, deflate or br, when still compressed). Returns a reason string when the message is not
 * one: no status line, no end of headers, broken chunks or compression.
 *
 * @example
 * parseHttpResponse(bytes('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nIran met Iraq.'))
 * // { status: 200, headers: Map { 'content-type' => 'text/plain' }, body: <'Iran met Iraq.'> }
 */
export function parseHttpResponse(block: Uint8Array): HttpResponse | string {
  const end = headerEnd(block);
  if (end === null) return 'the HTTP response has no end of headers';
  const lines = Buffer.from(block.subarray(0, end.headers)).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/.exec(lines[0]);
  if (!status) return 'the HTTP response has no status line';
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  let body: Uint8Array | string = block.subarray(end.body);
  if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '') && startsLikeChunk(body)) {
    body = dechunk(body);
    if (typeof body === 'string') return body;
  }
  body = decompress(body, (headers.get('content-encoding') ?? '').toLowerCase().trim());
  if (typeof body === 'string') return body;
  return Object.freeze({ status: Number(status[1]), headers, body });
}

function headerEnd(block: Uint8Array): { headers: number; body: number } | null {
  const limit = Math.min(block.length, 64 * 1024);
  for (let i = 0; i < limit; i++) {
    if (block[i] !== 0x0a) continue;
    if (block[i + 1] === 0x0a) return { headers: i, body: i + 2 };
    if (block[i + 1] === 0x0d && block[i + 2] === 0x0a) return { headers: i, body: i + 3 };
  }
  return null;
}

/** Some crawlers store the body already de-chunked but keep the header: look before undoing. */
function startsLikeChunk(body: Uint8Array): boolean {
  const head = Buffer.from(body.subarray(0, 20)).toString('latin1');
  return /^[0-9a-fA-F]+[ \t]*(?:;[^\r\n]*)?\r?\n/.test(head);
}

function dechunk(body: Uint8Array): Uint8Array | string {
  const parts: Uint8Array[] = [];
  let at = 0;
  for (;;) {
    const newline = body.indexOf(0x0a, at);
    if (newline === -1) return 'the chunked HTTP body is cut short';
    const size = parseInt(Buffer.from(body.subarray(at, newline)).toString('latin1').split(';')[0].trim(), 16);
    if (Number.isNaN(size)) return 'the chunked HTTP body has a bad chunk size';
    at = newline + 1;
    if (size === 0) break;
    if (at + size > body.length) return 'the chunked HTTP body is cut short';
    parts.push(body.subarray(at, at + size));
    at += size;
    if (body[at] === 0x0d) at++;
    if (body[at] === 0x0a) at++;
  }
  return Buffer.concat(parts);
}

function decompress(body: Uint8Array, encoding: string): Uint8Array | string {
  try {
    if ((encoding === 'gzip' || encoding === 'x-gzip') && body[0] === 0x1f && body[1] === 0x8b) return gunzipSync(body);
    if (encoding === 'deflate' && body.length > 0 && (body[0] & 0x0f) === 0x08) return inflateSync(body);
    if (encoding === 'br') return brotliDecompressSync(body);
  } catch {
    return `the HTTP body does not decompress as ${encoding}`;
  }
  return body;
}
