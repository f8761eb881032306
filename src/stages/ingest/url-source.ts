import type { InputFormat } from '../../core/document.js';
import { ParleyError } from '../../core/errors.js';
import { formatFromContentType, formatFromExtension } from './detect-format.js';
import { ingestError } from './input-reader.js';
import { streamSource, type InputSource } from './input-source.js';

/** How long a URL may keep Parley waiting: for its headers, and between chunks of its body. */
export const DEFAULT_URL_TIMEOUT_MS = 15_000;

export interface UrlFetchOptions {
  /** Larger downloads are refused (by Content-Length, else while reading). */
  readonly maxBytes: number;
  /** Default `DEFAULT_URL_TIMEOUT_MS`. */
  readonly timeoutMs?: number;
}

/**
 * True for an input naming an http or https URL rather than a file.
 *
 * @example
 * isUrlInput('https://news.example/feed.xml') // true
 * isUrlInput('news/feed.xml')                 // false
 */
export function isUrlInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * Fetches a URL as an input source, streamed. Its name and origin are the URL; its format is
 * the one its Content-Type names, else its path's extension, else (left null) its content. An
 * unreachable host, a DNS failure, a status other than 2xx or no answer within the timeout give
 * an INPUT_UNREACHABLE error naming the URL instead; a body over `maxBytes` gives INPUT_TOO_LARGE
 * (at once for a Content-Length over it, else from the source while it is read).
 *
 * @example
 * const source = await fetchUrlSource('https://news.example/rss', { maxBytes: 1e8 });
 * if (source instanceof ParleyError) report(source); else read(source);
 */
export async function fetchUrlSource(url: string, options: UrlFetchOptions): Promise<InputSource | ParleyError> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_URL_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { 'user-agent': 'parley' } });
  } catch (e) {
    return unreachable(url, controller.signal.aborted ? `no answer within ${timeoutMs / 1000} s` : networkReason(e), e);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return unreachable(url, `the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (length > options.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return ingestError('INPUT_TOO_LARGE', `input is larger than the limit of ${options.maxBytes} bytes (Content-Length ${length})`, url);
  }
  const format: InputFormat | null = formatFromContentType(response.headers.get('content-type')) ?? formatFromExtension(pathOf(url));
  return streamSource(limitedBody(url, response, controller, options.maxBytes, timeoutMs), url, url, format);
}

/** The body's chunks, refused past `maxBytes`, aborted after `timeoutMs` without a chunk. */
async function* limitedBody(url: string, response: Response, controller: AbortController, maxBytes: number, timeoutMs: number): AsyncGenerator<Uint8Array> {
  if (!response.body) return;
  const reader = response.body.getReader();
  let total = 0;
  let timer: NodeJS.Timeout | undefined;
  try {
    for (;;) {
      timer = setTimeout(() => controller.abort(), timeoutMs);
      let next: Awaited<ReturnType<typeof reader.read>>;
      try {
        next = await reader.read();
      } catch (e) {
        throw unreachable(url, controller.signal.aborted ? `the download stalled for ${timeoutMs / 1000} s` : `the download failed: ${networkReason(e)}`, e);
      } finally {
        clearTimeout(timer);
      }
      if (next.done) return;
      total += next.value.length;
      if (total > maxBytes) throw ingestError('INPUT_TOO_LARGE', `input is larger than the limit of ${maxBytes} bytes`, url);
      yield next.value;
    }
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => undefined);
  }
}

function unreachable(url: string, reason: string, cause?: unknown): ParleyError {
  return new ParleyError('INPUT_UNREACHABLE', `cannot fetch the URL: ${reason}`, { stage: 'ingest', input: url, cause });
}

/** Why a fetch failed, in words: undici hides the system error in `cause`. */
function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : null;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found (DNS)';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'connection reset';
  if (code) return code;
  return typeof cause?.message === 'string' ? cause.message : (e as Error)?.message ?? String(e);
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
