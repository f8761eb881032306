import { createDocument, type ParleyDocument } from '../../core/document.js';
import { ParleyError, type ParleyErrorCode } from '../../core/errors.js';
import { extractHtmlArticle } from './html-article.js';
import { parseHttpResponse } from './http-payload.js';
import type { ReaderOptions } from './input-reader.js';
import type { InputSource } from './input-source.js';
import { decodePayload, payloadKind } from './payload-text.js';
import { normalisePublicationDate } from './publication-date.js';
import type { WarcHeaders } from './warc-records.js';

/** A WARC record read whole, as `readWarcRecords` gives it. */
export interface WarcRecord {
  readonly number: number;
  readonly offset: number;
  readonly headers: WarcHeaders;
  readonly block: Uint8Array;
}

/**
 * True for a record that may hold an article, so its block is worth reading: a `response` or a
 * `resource` whose declared payload type (if any) is HTML or plain text. warcinfo, request,
 * metadata, revisit and conversion records, and images or PDFs, are skipped unread.
 *
 * @example
 * mayHoldArticle(new Map([['warc-type', 'request']])) // false
 */
export function mayHoldArticle(headers: WarcHeaders): boolean {
  const type = headers.get('warc-type');
  if (type === 'response') {
    const identified = headers.get('warc-identified-payload-type');
    return identified === undefined || payloadKind(identified, new Uint8Array(0)) !== null;
  }
  if (type === 'resource') {
    const contentType = headers.get('content-type');
    return contentType === undefined || payloadKind(contentType, new Uint8Array(0)) !== null;
  }
  return false;
}

/**
 * The document a WARC record holds, an error naming the record (its number, byte offset and
 * URI) when it holds a broken one, or null when it holds none to read (not an HTTP response, a
 * status other than 2xx, a payload that is not HTML or text, an empty text, robots.txt). The id
 * is the WARC-Record-ID (else the target URI), the URL the WARC-Target-URI, the date the page's
 * own (meta tags, JSON-LD) else the WARC-Date else `options.date`.
 *
 * @example
 * warcRecordDocument(record, source, { date: null, maxBytes: 1e8 })
 * // a document { id: 'urn:uuid:...', url: 'https://news.example/a', format: 'warc', origin: 'crawl.warc.gz#record-3' }
 */
export function warcRecordDocument(record: WarcRecord, source: InputSource, options: ReaderOptions): ParleyDocument | ParleyError | null {
  const { headers } = record;
  const url = unbracket(headers.get('warc-target-uri'));
  const fail = (code: ParleyErrorCode, reason: string): ParleyError => new ParleyError(code,
    `record ${record.number} at byte ${record.offset}${url ? ` (${url})` : ''}: ${reason}`, { stage: 'ingest', input: source.origin });

  let body = record.block;
  let contentType = headers.get('content-type') ?? null;
  if (headers.get('warc-type') === 'response') {
    if (!/^application\/http\b/i.test(contentType ?? 'application/http')) return null;
    const response = parseHttpResponse(record.block);
    if (typeof response === 'string') return fail('WARC_RECORD', response);
    if (response.status < 200 || response.status > 299) return null;
    body = response.body;
    contentType = response.headers.get('content-type') ?? headers.get('warc-identified-payload-type') ?? null;
  }
  const kind = payloadKind(contentType, body);
  if (kind === null || (url && /\/robots\.txt$/i.test(url))) return null;
  const decoded = decodePayload(body, contentType, kind);
  if ('reason' in decoded) return fail('INPUT_ENCODING', decoded.reason);

  const warcDate = normalisePublicationDate(headers.get('warc-date'));
  const meta = {
    id: unbracket(headers.get('warc-record-id')) ?? url ?? `${source.name}#${record.number}`,
    url,
    format: 'warc' as const,
    origin: `${source.origin}#record-${record.number}`,
  };
  if (kind === 'text') {
    if (decoded.text.trim() === '') return null;
    return createDocument({ ...meta, title: null, date: warcDate ?? options.date, source: hostOf(url), byline: null }, decoded.text);
  }
  let article: ReturnType<typeof extractHtmlArticle>;
  try {
    article = extractHtmlArticle(decoded.text);
  } catch (e) {
    return fail('INPUT_HTML', `cannot parse the HTML: ${(e as Error)?.message ?? String(e)}`);
  }
  // A crawl holds index, menu and search pages beside the articles: a page with no article is not
  // bad input here (as a lone HTML file would be), just nothing to code.
  if (article === null) return null;
  return createDocument({
    ...meta,
    title: article.title,
    date: article.date ?? warcDate ?? options.date,
    source: article.siteName ?? hostOf(url),
    byline: article.byline,
  }, article.text);
}

/** WARC 1.0 writers put some URIs in angle brackets: `<urn:uuid:...>`. */
function unbracket(value: string | undefined): string | null {
  const s = value?.trim().replace(/^<(.*)>$/, '$1').trim();
  return s ? s : null;
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
