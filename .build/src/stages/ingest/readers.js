import { createHtmlReader } from './html-reader.js';
import { createJsonlReader } from './jsonl-reader.js';
import { createTextReader } from './text-reader.js';
/**
 * The built-in readers: text, html, jsonl.
 *
 * @example
 * defaultReaders().html?.read(source, options)
 */
export function defaultReaders() {
    return Object.freeze({ text: createTextReader(), html: createHtmlReader(), jsonl: createJsonlReader() });
}
