import type { InputFormat } from '../../core/document.js';
import type { IngestItem, InputReader, ReaderOptions } from './input-reader.js';
import type { InputSource } from './input-source.js';

/**
 * A reader whose module is loaded when it first reads, not when the table of readers is made:
 * the HTML, feed and WARC readers bring a DOM (linkedom, about 0.25 s of CPU to load) that a run
 * over JSONL or plain text never needs. The load is asked for at most once per lazy reader.
 *
 * @example
 * const html = lazyReader('html', async () => (await import('./html-reader.js')).createHtmlReader());
 * for await (const item of html.read(source, options)) ...
 */
export function lazyReader(format: InputFormat, load: () => Promise<InputReader>): InputReader {
  let loading: Promise<InputReader> | null = null;
  return Object.freeze({
    format,
    async *read(source: InputSource, options: ReaderOptions): AsyncIterable<IngestItem> {
      loading ??= load();
      const reader = await loading;
      yield* reader.read(source, options);
    },
  });
}
