import { isDocument } from '../../core/document.js';
import { splitByteLines } from './byte-lines.js';
import { looksBinary, wideUnicodeBom, decodeUtf8Strict } from './input-bytes.js';
import { asIngestError, documentItem, errorItem, ingestError } from './input-reader.js';
import { jsonlRecordDocument } from './jsonl-record.js';
/**
 * Reads JSONL, one record a line, streamed so a large file is never held whole. A bad line (not
 * JSON, missing or mistyped fields, a bad date, invalid UTF-8, longer than `maxBytes`) gives an
 * error carrying its line number, and reading goes on with the next line. Blank lines are skipped;
 * a leading byte-order mark is allowed.
 *
 * @example
 * createJsonlReader().read(fileSource('feed.jsonl', size), { date: null, maxBytes: 1e8 })
 * // documents with ids from the records, origins 'feed.jsonl:1', 'feed.jsonl:2', ...
 */
export function createJsonlReader() {
    return Object.freeze({
        format: 'jsonl',
        async *read(source, options) {
            const origin = source.origin;
            let records = 0;
            try {
                if (source.size === 0) {
                    yield errorItem(ingestError('INPUT_EMPTY', 'input is empty (0 bytes)', origin));
                    return;
                }
                const head = await source.head();
                const wide = wideUnicodeBom(head);
                if (wide) {
                    yield errorItem(ingestError('INPUT_ENCODING', `input is ${wide}, not UTF-8; convert it to UTF-8`, origin));
                    return;
                }
                if (looksBinary(head)) {
                    yield errorItem(ingestError('INPUT_BINARY', 'input looks binary, not text', origin));
                    return;
                }
                for await (const line of splitByteLines(source.bytes(), options.maxBytes)) {
                    if (line.kind === 'too-long') {
                        records++;
                        yield errorItem(ingestError('INPUT_TOO_LARGE', `line is longer than the limit of ${options.maxBytes} bytes`, origin, line.number));
                        continue;
                    }
                    const decoded = decodeUtf8Strict(line.bytes);
                    if (decoded === null) {
                        records++;
                        yield errorItem(ingestError('INPUT_ENCODING', 'line is not valid UTF-8', origin, line.number));
                        continue;
                    }
                    const text = line.number === 1 ? decoded.replace(/^\uFEFF/, '') : decoded;
                    if (text.trim() === '')
                        continue;
                    records++;
                    const result = jsonlRecordDocument(text, origin, line.number, options.date);
                    yield isDocument(result) ? documentItem(result) : errorItem(result);
                }
            }
            catch (e) {
                yield errorItem(asIngestError(e, origin));
                return;
            }
            if (records === 0)
                yield errorItem(ingestError('INPUT_EMPTY', 'input holds no records, only white space', origin));
        },
    });
}
