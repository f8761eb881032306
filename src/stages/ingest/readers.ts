import type { InputFormat } from '../../core/document.js';
import { createHtmlReader } from './html-reader.js';
import type { InputReader } from './input-reader.js';
import { createJsonlReader } from './jsonl-reader.js';
import { createTextReader } from './text-reader.js';

/** The readers Parley has, by format. RSS and WARC have none yet. */
export type ReaderTable = Readonly<Partial<Record<InputFormat, InputReader>>>;

/**
 * The built-in readers: text, html, jsonl.
 *
 * @example
 * defaultReaders().html?.read(source, options)
 */
export function defaultReaders(): ReaderTable {
  return Object.freeze({ text: createTextReader(), html: createHtmlReader(), jsonl: createJsonlReader() });
}
