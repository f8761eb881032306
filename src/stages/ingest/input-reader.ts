import type { InputFormat, ParleyDocument } from '../../core/document.js';
import { ParleyError, type ParleyErrorCode } from '../../core/errors.js';
import type { InputSource } from './input-source.js';

/**
 * What reading an input gives: a document, or an error for one input (or one JSONL line) that the
 * runner reports on one line before going on with the rest.
 */
export type IngestItem =
  | { readonly kind: 'document'; readonly doc: ParleyDocument }
  | { readonly kind: 'error'; readonly error: ParleyError };

/** What every reader is told. */
export interface ReaderOptions {
  /** Publication date (YYYY-MM-DD) for documents that carry none: `--date`. */
  readonly date: string | null;
  /** Whole-file formats refuse inputs bigger than this; line formats refuse longer lines. */
  readonly maxBytes: number;
}

/**
 * Reads one input source in one format. Readers never throw for a bad input: every problem is an
 * `error` item, and a reader of a line format goes on with the next line.
 *
 * @example
 * for await (const item of createTextReader().read(memorySource('a.txt', 'Iran met Iraq.'), options)) ...
 */
export interface InputReader {
  readonly format: InputFormat;
  read(source: InputSource, options: ReaderOptions): AsyncIterable<IngestItem>;
}

/** 100 MB: the default `maxBytes`. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/**
 * An ingest error naming its input (and line).
 *
 * @example
 * ingestError('INPUT_EMPTY', 'file is empty', 'a.txt')
 */
export function ingestError(code: ParleyErrorCode, message: string, input: string, line?: number): ParleyError {
  return new ParleyError(code, message, { stage: 'ingest', input, ...(line === undefined ? {} : { line }) });
}

/** An `error` item. */
export function errorItem(error: ParleyError): IngestItem {
  return Object.freeze({ kind: 'error', error });
}

/** A `document` item. */
export function documentItem(doc: ParleyDocument): IngestItem {
  return Object.freeze({ kind: 'document', doc });
}

/**
 * The ingest error for a failure while reading `origin`: a `ParleyError` as it is, a file-system
 * error (vanished, unreadable) as INPUT_NOT_FOUND. Anything else is a bug and is thrown again.
 *
 * @example
 * catch (e) { yield errorItem(asIngestError(e, source.origin)); }
 */
export function asIngestError(e: unknown, origin: string): ParleyError {
  if (e instanceof ParleyError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read (${code})`;
    return new ParleyError('INPUT_NOT_FOUND', reason, { stage: 'ingest', input: origin, cause: e });
  }
  throw e;
}
