import type { InputFormat } from '../../core/document.js';
import { ParleyError } from '../../core/errors.js';
import { formatFromContent, formatFromExtension } from './detect-format.js';
import { DEFAULT_MAX_BYTES, errorItem, ingestError, type IngestItem, type ReaderOptions } from './input-reader.js';
import type { InputSource } from './input-source.js';
import { listInputSources } from './input-sources.js';
import { DEFAULT_URL_TIMEOUT_MS } from './url-source.js';
import { isIsoDate } from './publication-date.js';
import { defaultReaders, type ReaderTable } from './readers.js';
import { isGzip } from './warc-gzip.js';

/** `--input`: a format, or `auto` to decide by extension and content. */
export type InputChoice = 'auto' | InputFormat;

export interface ReadInputsOptions {
  /** `--input`; default `auto`. */
  readonly input?: InputChoice;
  /** `--date`: publication date (YYYY-MM-DD) for inputs that carry none. */
  readonly date?: string | null;
  /** Read for `-` or when no input is named; default `process.stdin`. */
  readonly stdin?: NodeJS.ReadableStream;
  /** Size limit for whole-file formats and for one JSONL line; default 100 MB. */
  readonly maxBytes?: number;
  /** The readers to use; default `defaultReaders()`. */
  readonly readers?: ReaderTable;
  /** How long a URL input may keep Parley waiting (headers, or between body chunks); default 15 s. */
  readonly urlTimeoutMs?: number;
}

const INPUT_CHOICES: readonly InputChoice[] = ['auto', 'text', 'html', 'jsonl', 'rss', 'warc'];

/**
 * Reads every input (files, folders walked in sorted order, `-` or none for standard input) and
 * yields its documents and, for bad inputs or bad JSONL lines, one error each; a bad input never
 * stops the ones after it. Throws a USAGE `ParleyError` (on the first `next()`) only for bad
 * options.
 *
 * @example
 * for await (const item of readInputs(['news/'], { date: '2024-03-05' })) {
 *   if (item.kind === 'error') console.error(`parley: ${item.error.oneLine()}`);
 *   else code(item.doc);
 * }
 */
export async function* readInputs(inputs: readonly string[], options: ReadInputsOptions = {}): AsyncGenerator<IngestItem> {
  const choice = options.input ?? 'auto';
  if (!INPUT_CHOICES.includes(choice)) throw new ParleyError('USAGE', `--input must be one of ${INPUT_CHOICES.join(', ')}, not '${choice}'`);
  const date = options.date ?? null;
  if (date !== null && !isIsoDate(date)) throw new ParleyError('USAGE', `--date must be a date written YYYY-MM-DD, not '${date}'`);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) throw new ParleyError('USAGE', `maxBytes must be positive, not ${maxBytes}`);
  const readers = options.readers ?? defaultReaders();
  const readerOptions: ReaderOptions = Object.freeze({ date, maxBytes });

  const fetching = { maxBytes, timeoutMs: options.urlTimeoutMs ?? DEFAULT_URL_TIMEOUT_MS };
  for await (const source of listInputSources(inputs, options.stdin ?? process.stdin, fetching)) {
    if (source instanceof ParleyError) {
      yield errorItem(source);
      continue;
    }
    try {
      const format = choice === 'auto' ? await detectFormat(source) : choice;
      const reader = readers[format];
      if (!reader) {
        yield errorItem(ingestError('INPUT_FORMAT', `${format.toUpperCase()} input is not supported yet`, source.origin));
        continue;
      }
      yield* reader.read(source, readerOptions);
    } catch (e) {
      yield errorItem(unexpected(e, source.origin));
    }
  }
}

/**
 * The format of one source: the one it declares (a URL's Content-Type), else by its extension,
 * else by its first bytes (gzip-compressed bytes being a `.warc.gz`).
 *
 * @example
 * await detectFormat(memorySource('feed', '{"id":"a","text":"b"}')) // 'jsonl'
 */
export async function detectFormat(source: InputSource): Promise<InputFormat> {
  if (source.format) return source.format;
  if (source.name !== '-') {
    const byName = formatFromExtension(source.name);
    if (byName) return byName;
  }
  const bytes = await source.head();
  if (isGzip(bytes)) return 'warc';
  return formatFromContent(new TextDecoder('utf-8').decode(bytes));
}

/** A reader failing on one input must not lose the others: it becomes that input's error. */
function unexpected(e: unknown, origin: string): ParleyError {
  if (e instanceof ParleyError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return new ParleyError('INPUT_NOT_FOUND', `cannot read (${code})`, { stage: 'ingest', input: origin, cause: e });
  }
  return new ParleyError('STAGE_FAILED', `reading failed: ${(e as Error)?.message ?? String(e)}`, { stage: 'ingest', input: origin, cause: e });
}
