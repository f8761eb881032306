import { createDocument } from '../../core/document.js';
import { ingestError } from './input-reader.js';
import { normalisePublicationDate } from './publication-date.js';
const OPTIONAL_STRINGS = ['url', 'title', 'source'];
/**
 * One JSONL line as a document, or the INPUT_JSONL error saying what is wrong with it. A record is
 * `{"id": str, "text": str, "date"?, "url"?, "title"?, "source"?}`; other fields are ignored, and an
 * optional field may be null. Its `date` (YYYY-MM-DD, or an ISO timestamp whose date part is kept)
 * wins over `defaultDate`. The text is kept exactly as given.
 *
 * @example
 * jsonlRecordDocument('{"id":"n1","text":"Iran met Iraq."}', 'feed.jsonl', 3, null)
 * // a document with meta.id 'n1', meta.origin 'feed.jsonl:3'
 */
export function jsonlRecordDocument(line, input, lineNumber, defaultDate) {
    const fail = (message) => ingestError('INPUT_JSONL', message, input, lineNumber);
    let value;
    try {
        value = JSON.parse(line);
    }
    catch (e) {
        return fail(`line is not valid JSON (${e.message})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return fail('line is not a JSON object');
    const record = value;
    if (!('id' in record))
        return fail("record has no 'id'");
    if (typeof record.id !== 'string')
        return fail(`'id' must be a string, not ${typeName(record.id)}`);
    if (record.id.trim() === '')
        return fail("'id' is empty");
    if (!('text' in record))
        return fail(`record '${record.id}' has no 'text'`);
    if (typeof record.text !== 'string')
        return fail(`'text' of record '${record.id}' must be a string, not ${typeName(record.text)}`);
    if (record.text.trim() === '')
        return fail(`'text' of record '${record.id}' is empty`);
    let date = defaultDate;
    if (record.date !== undefined && record.date !== null) {
        const own = typeof record.date === 'string' && /^\d{4}-\d{2}-\d{2}(?:$|T)/.test(record.date) ? normalisePublicationDate(record.date) : null;
        if (own === null)
            return fail(`'date' of record '${record.id}' must be YYYY-MM-DD, not ${JSON.stringify(record.date)}`);
        date = own;
    }
    const extra = { url: null, title: null, source: null };
    for (const field of OPTIONAL_STRINGS) {
        const v = record[field];
        if (v === undefined || v === null)
            continue;
        if (typeof v !== 'string')
            return fail(`'${field}' of record '${record.id}' must be a string, not ${typeName(v)}`);
        extra[field] = v;
    }
    return createDocument({
        id: record.id, title: extra.title, date, url: extra.url, source: extra.source, byline: null,
        format: 'jsonl', origin: `${input}:${lineNumber}`,
    }, record.text);
}
function typeName(v) {
    return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
