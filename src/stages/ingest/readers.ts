import type { InputFormat } from '../../core/document.js';
import { createFeedReader } from './feed-reader.js';
import { createHtmlReader } from './html-reader.js';
import type { InputReader } from './input-reader.js';
import { createJsonlReader } from './jsonl-reader.js';
import { createTextReader } from './text-reader.js';
import { createWarcReader } from './warc-reader.js';

/** The readers Parley has, by format; a table may leave a format out (its inputs are then refused). */
export type ReaderTable = Readonly<Partial<Record<InputFormat, InputReader>>>;

/**
 * The built-in readers: text, html, jsonl, rss (RSS 2.0, Atom, RSS 1.0 feeds) and warc (`.warc`,
 * `.warc.gz`).
 *
 * @example
 * defaultReaders().html?.read(source, options)
 */
export function defaultReaders(): ReaderTable {
  return Object.freeze({
    text: createTextReader(), html: createHtmlReader(), jsonl: createJsonlReader(),
    rss: createFeedReader(), warc: createWarcReader(),
  });
}
