import { ParleyError } from '../../core/errors.js';
/** 100 MB: the default `maxBytes`. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
/**
 * An ingest error naming its input (and line).
 *
 * @example
 * ingestError('INPUT_EMPTY', 'file is empty', 'a.txt')
 */
export function ingestError(code, message, input, line) {
    return new ParleyError(code, message, { stage: 'ingest', input, ...(line === undefined ? {} : { line }) });
}
/** An `error` item. */
export function errorItem(error) {
    return Object.freeze({ kind: 'error', error });
}
/** A `document` item. */
export function documentItem(doc) {
    return Object.freeze({ kind: 'document', doc });
}
/**
 * The ingest error for a failure while reading `origin`: a `ParleyError` as it is, a file-system
 * error (vanished, unreadable) as INPUT_NOT_FOUND. Anything else is a bug and is thrown again.
 *
 * @example
 * catch (e) { yield errorItem(asIngestError(e, source.origin)); }
 */
export function asIngestError(e, origin) {
    if (e instanceof ParleyError)
        return e;
    const code = e?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
        const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read (${code})`;
        return new ParleyError('INPUT_NOT_FOUND', reason, { stage: 'ingest', input: origin, cause: e });
    }
    throw e;
}
