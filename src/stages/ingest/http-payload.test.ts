import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import { parseHttpResponse } from './http-payload.js';

const bytes = (s: string | Buffer): Uint8Array => (typeof s === 'string' ? Buffer.from(s, 'latin1') : s);
const bodyOf = (block: string | Buffer): string => {
  const r = parseHttpResponse(bytes(block));
  return typeof r === 'string' ? `error: ${r}` : Buffer.from(r.body).toString('utf8');
};

describe('parseHttpResponse', () => {
  it('splits status, headers (lower-cased) and body', () => {
    const r = parseHttpResponse(bytes('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Y: z\r\n\r\nIran met Iraq.'));
    expect(typeof r !== 'string' && [r.status, r.headers.get('content-type'), Buffer.from(r.body).toString()]).toEqual([200, 'text/plain', 'Iran met Iraq.']);
  });

  it.each([
    ['a body after bare LF line ends', 'HTTP/1.0 200 OK\nContent-Type: text/plain\n\nbody', 'body'],
    ['a chunked body', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nIran\r\n9; ext=1\r\n met Iraq\r\n0\r\n\r\n', 'Iran met Iraq'],
    ['a body stored de-chunked under a chunked header', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<p>Iran met Iraq.</p>', '<p>Iran met Iraq.</p>'],
    ['a body stored decompressed under a gzip header', 'HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\nplain', 'plain'],
    ['no status line', 'hello\r\n\r\nbody', 'error: the HTTP response has no status line'],
    ['no end of headers', 'HTTP/1.1 200 OK\r\nContent-Type: text/plain', 'error: the HTTP response has no end of headers'],
    ['a chunked body cut short', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nff\r\nshort', 'error: the chunked HTTP body is cut short'],
  ])('reads %s', (_what, block, body) => {
    expect(bodyOf(block)).toBe(body);
  });

  it('decompresses a gzip-encoded body', () => {
    const block = Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n'), gzipSync('Iran met Iraq.')]);
    expect(bodyOf(block)).toBe('Iran met Iraq.');
  });
});
