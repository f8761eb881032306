import { ERROR_CAUSES } from './eval-report.js';
/**
 * The pattern a coder passed along in an extra `pattern` field of an event, if any.
 *
 * @example
 * patternOf({ ...event, pattern: 'verbs/19.txt:12' }) // 'verbs/19.txt:12'
 */
export function patternOf(event) {
    const extra = event.pattern;
    return typeof extra === 'string' ? extra : null;
}
/**
 * A predicted event as error listings show it.
 *
 * @example
 * predictionViewOf(event).source // 'DEUGOV'
 */
export function predictionViewOf(event) {
    return Object.freeze({
        source: event.source?.code ?? null,
        target: event.target?.code ?? null,
        cameo: event.cameo,
        plover: event.plover?.type ?? null,
        confidence: event.confidence,
        evidence: event.evidence,
        pattern: patternOf(event),
    });
}
/**
 * The error entry of a record, or `null` when the record has no error.
 *
 * @example
 * recordErrorsOf(scored, []) // null
 */
export function recordErrorsOf(record, errors) {
    if (errors.length === 0)
        return null;
    return Object.freeze({
        id: record.gold.id,
        text: record.gold.text,
        gold: record.gold.expected,
        predicted: Object.freeze(record.predicted.map(predictionViewOf)),
        errors: Object.freeze([...errors]),
    });
}
function zeroCounts() {
    return Object.fromEntries(ERROR_CAUSES.map((cause) => [cause, 0]));
}
/**
 * Counts the errors of some records by kind and cause.
 *
 * @example
 * causeCountsOf(records).misses.wrong_direction // 2
 */
export function causeCountsOf(records) {
    const misses = zeroCounts();
    const falseAlarms = zeroCounts();
    for (const record of records) {
        for (const error of record.errors) {
            const counts = error.kind === 'miss' ? misses : falseAlarms;
            counts[error.cause] += 1;
        }
    }
    return Object.freeze({ misses: Object.freeze(misses), falseAlarms: Object.freeze(falseAlarms) });
}
