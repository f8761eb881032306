import type { InputFormat } from '../../core/document.js';
import type { InputReader } from './input-reader.js';
import { createJsonlReader } from './jsonl-reader.js';
import { lazyReader } from './lazy-reader.js';
import { createTextReader } from './text-reader.js';

/** The readers Parley has, by format; a table may leave a format out (its inputs are then refused). */
export type ReaderTable = Readonly<Partial<Record<InputFormat, InputReader>>>;

/**
 * The built-in readers: text, html, jsonl, rss (RSS 2.0, Atom, RSS 1.0 feeds) and warc (`.warc`,
 * `.warc.gz`). The HTML, feed and WARC readers load their modules (and the DOM they need) when
 * they first read, so that coding JSONL or text starts without them.
 *
 * @example
 * defaultReaders().html?.read(source, options)
 */
export function defaultReaders(): ReaderTable {
  return Object.freeze({
    text: createTextReader(),
    html: lazyReader('html', async () => (await import('./html-reader.js')).createHtmlReader()),
    jsonl: createJsonlReader(),
    rss: lazyReader('rss', async () => (await import('./feed-reader.js')).createFeedReader()),
    warc: lazyReader('warc', async () => (await import('./warc-reader.js')).createWarcReader()),
  });
}
