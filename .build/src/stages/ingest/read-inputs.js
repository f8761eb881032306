import { ParleyError } from '../../core/errors.js';
import { formatFromContent, formatFromExtension } from './detect-format.js';
import { DEFAULT_MAX_BYTES, errorItem, ingestError } from './input-reader.js';
import { listInputSources } from './input-sources.js';
import { isIsoDate } from './publication-date.js';
import { defaultReaders } from './readers.js';
const INPUT_CHOICES = ['auto', 'text', 'html', 'jsonl', 'rss', 'warc'];
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
export async function* readInputs(inputs, options = {}) {
    const choice = options.input ?? 'auto';
    if (!INPUT_CHOICES.includes(choice))
        throw new ParleyError('USAGE', `--input must be one of ${INPUT_CHOICES.join(', ')}, not '${choice}'`);
    const date = options.date ?? null;
    if (date !== null && !isIsoDate(date))
        throw new ParleyError('USAGE', `--date must be a date written YYYY-MM-DD, not '${date}'`);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (!(maxBytes > 0))
        throw new ParleyError('USAGE', `maxBytes must be positive, not ${maxBytes}`);
    const readers = options.readers ?? defaultReaders();
    const readerOptions = Object.freeze({ date, maxBytes });
    for await (const source of listInputSources(inputs, options.stdin ?? process.stdin)) {
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
        }
        catch (e) {
            yield errorItem(unexpected(e, source.origin));
        }
    }
}
/**
 * The format of one source: by its extension, else by its first bytes.
 *
 * @example
 * await detectFormat(memorySource('feed', '{"id":"a","text":"b"}')) // 'jsonl'
 */
export async function detectFormat(source) {
    if (source.name !== '-') {
        const byName = formatFromExtension(source.name);
        if (byName)
            return byName;
    }
    const head = new TextDecoder('utf-8').decode(await source.head());
    return formatFromContent(head);
}
/** A reader failing on one input must not lose the others: it becomes that input's error. */
function unexpected(e, origin) {
    if (e instanceof ParleyError)
        return e;
    const code = e?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
        return new ParleyError('INPUT_NOT_FOUND', `cannot read (${code})`, { stage: 'ingest', input: origin, cause: e });
    }
    return new ParleyError('STAGE_FAILED', `reading failed: ${e?.message ?? String(e)}`, { stage: 'ingest', input: origin, cause: e });
}
