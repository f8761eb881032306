import { isDocument } from '../../core/document.js';
import { ParleyError } from '../../core/errors.js';
import { looksBinary, wideUnicodeBom } from './input-bytes.js';
import { asIngestError, documentItem, errorItem, ingestError, type IngestItem, type InputReader, type ReaderOptions } from './input-reader.js';
import type { InputSource } from './input-source.js';
import { mayHoldArticle, warcRecordDocument } from './warc-document.js';
import { gunzipChunks, isGzip, isGzipError } from './warc-gzip.js';
import { readWarcRecords } from './warc-records.js';

/**
 * Reads a WARC file (`.warc`, or `.warc.gz` with one gzip member per record or one for all),
 * streamed record by record so a large crawl is never held whole. Each `response` record holding
 * an HTTP 2xx HTML or plain-text page, and each `resource` record of HTML or text, is one
 * document (see `warcRecordDocument`); other records are skipped silently. A corrupt record gives
 * a WARC_RECORD error naming its number and byte offset (in the decompressed stream), and reading
 * goes on from the next record; a wanted record over `maxBytes` gives INPUT_TOO_LARGE; a corrupt
 * gzip stream ends the input with one WARC_RECORD error, after the documents already read.
 *
 * @example
 * createWarcReader().read(fileSource('crawl.warc.gz', size), { date: null, maxBytes: 1e8 })
 * // documents with origins 'crawl.warc.gz#record-2', 'crawl.warc.gz#record-5', ...
 */
export function createWarcReader(): InputReader {
  return Object.freeze({
    format: 'warc' as const,
    async *read(source: InputSource, options: ReaderOptions): AsyncIterable<IngestItem> {
      const origin = source.origin;
      let records = 0;
      try {
        const head = await source.head();
        if (source.size === 0 || head.length === 0) {
          yield errorItem(ingestError('INPUT_EMPTY', 'input is empty (0 bytes)', origin));
          return;
        }
        const gzipped = isGzip(head);
        if (!gzipped) {
          const refusal = refusalOf(head, origin);
          if (refusal) {
            yield errorItem(refusal);
            return;
          }
        }
        const chunks = gzipped ? gunzipChunks(source.bytes()) : source.bytes();
        for await (const item of readWarcRecords(chunks, { wants: mayHoldArticle, maxBlockBytes: options.maxBytes })) {
          records++;
          if (item.kind === 'corrupt') {
            yield errorItem(ingestError(item.encoding ? 'INPUT_ENCODING' : 'WARC_RECORD', `record ${item.number} at byte ${item.offset}: ${item.reason}`, origin));
          } else if (item.kind === 'too-large') {
            yield errorItem(ingestError('INPUT_TOO_LARGE', `record ${item.number} at byte ${item.offset}: block of ${item.length} bytes is larger than the limit of ${options.maxBytes} bytes`, origin));
          } else if (item.kind === 'record') {
            const result = warcRecordDocument(item, source, options);
            if (result === null) continue;
            yield isDocument(result) ? documentItem(result) : errorItem(result);
          }
        }
      } catch (e) {
        yield errorItem(isGzipError(e)
          ? new ParleyError('WARC_RECORD', `the gzip stream is corrupt or cut short, after ${records} record${records === 1 ? '' : 's'}: ${(e as Error).message}`, { stage: 'ingest', input: origin, cause: e })
          : asIngestError(e, origin));
        return;
      }
      if (records === 0) yield errorItem(ingestError('INPUT_EMPTY', 'input holds no WARC records, only white space', origin));
    },
  });
}

/** Uncompressed input that is plainly no WARC file: UTF-16/32 text, or binary bytes. */
function refusalOf(head: Uint8Array, origin: string): ParleyError | null {
  const wide = wideUnicodeBom(head);
  if (wide) return ingestError('INPUT_ENCODING', `input is ${wide}, not UTF-8; convert it to UTF-8`, origin);
  // A WARC file may hold images in its first kilobytes: only input that does not start like one is judged binary.
  const start = Buffer.from(head.subarray(0, 64)).toString('latin1').replace(/^\xEF\xBB\xBF/, '').trimStart();
  if (!start.startsWith('WARC/') && looksBinary(head)) return ingestError('INPUT_BINARY', 'input looks binary, and is neither a WARC file nor gzip-compressed', origin);
  return null;
}
