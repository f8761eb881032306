import { gzipSync } from 'node:zlib';

/** One WARC record to build: its type, extra headers and block. */
export interface RecordSpec {
  readonly type: string;
  readonly block: string | Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
  /** Overrides the true block length, to build corrupt records. */
  readonly contentLength?: string | null;
  readonly version?: string;
}

/**
 * The bytes of one WARC record, as a writer would produce them.
 *
 * @example
 * warcRecord({ type: 'response', block: httpResponse('text/html', '<p>x</p>') })
 */
export function warcRecord(spec: RecordSpec): Buffer {
  const block = typeof spec.block === 'string' ? Buffer.from(spec.block, 'utf8') : Buffer.from(spec.block);
  const lines = [spec.version ?? 'WARC/1.1', `WARC-Type: ${spec.type}`];
  for (const [name, value] of Object.entries(spec.headers ?? {})) lines.push(`${name}: ${value}`);
  if (spec.contentLength !== null) lines.push(`Content-Length: ${spec.contentLength ?? block.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8'), block, Buffer.from('\r\n\r\n')]);
}

/** An HTTP response message, as a `response` record's block holds it. */
export function httpResponse(contentType: string | null, body: string | Uint8Array, status = '200 OK', extra: readonly string[] = []): Buffer {
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  const head = [`HTTP/1.1 ${status}`, ...(contentType ? [`Content-Type: ${contentType}`] : []), ...extra];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), payload]);
}

/** A `response` record for an HTML page at `uri`. */
export function pageRecord(uri: string, html: string, id: string, date = '2024-04-09T12:00:00Z'): Buffer {
  return warcRecord({
    type: 'response',
    block: httpResponse('text/html; charset=utf-8', html),
    headers: { 'WARC-Record-ID': `<urn:uuid:${id}>`, 'WARC-Target-URI': uri, 'WARC-Date': date, 'Content-Type': 'application/http; msgtype=response' },
  });
}

/** A gzip member per record, as `.warc.gz` writers do. */
export function gzipPerRecord(records: readonly Buffer[]): Buffer {
  return Buffer.concat(records.map((r) => gzipSync(r)));
}

export const WARCINFO = warcRecord({ type: 'warcinfo', block: 'software: parley-test\r\nformat: WARC File Format 1.1\r\n', headers: { 'Content-Type': 'application/warc-fields' } });

/** An article page in the team's own words. */
export const PAGE_A = '<!doctype html><html><head><title>Dam talks</title><meta property="article:published_time" content="2024-04-08T09:00:00+02:00"></head>'
  + '<body><article><p>Egypt and Ethiopia resumed talks on the Nile dam in Addis Ababa.</p><p>Sudan sent an observer.</p></article></body></html>';
export const PAGE_B = '<!doctype html><html><head><title>Port strike</title></head>'
  + '<body><article><p>Dock workers in Durban went on strike over wages on Tuesday.</p></article></body></html>';
