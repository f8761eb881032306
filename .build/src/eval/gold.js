import { readFileSync } from 'node:fs';
import { ParleyError } from '../core/errors.js';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CAMEO_CODE = /^\d{2,4}$/;
const ACTOR_CODE = /^[A-Za-z-]{3}[A-Za-z0-9]*$/;
const ROOT_CLASS = /^\d{2}(-\d{2})?(,\d{2}(-\d{2})?)*$/;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Reads an optional string field that must match `shape` when present. */
function optionalString(obj, field, shape, where) {
    const value = obj[field];
    if (value === undefined || value === null)
        return null;
    if (typeof value !== 'string' || (shape !== null && !shape.test(value))) {
        throw new Error(`${where}"${field}" must be ${shape ? `a string like ${shape.source}` : 'a string'} or null, got ${JSON.stringify(value)}`);
    }
    return value;
}
function goldEventOf(value, index) {
    const where = `expected[${index}]: `;
    if (!isObject(value))
        throw new Error(`${where}must be an object`);
    return Object.freeze({
        source: optionalString(value, 'source', ACTOR_CODE, where),
        target: optionalString(value, 'target', ACTOR_CODE, where),
        code: optionalString(value, 'code', CAMEO_CODE, where),
        plover: optionalString(value, 'plover', /^[A-Z_]+$/, where),
        cameo_roots: optionalString(value, 'cameo_roots', ROOT_CLASS, where),
    });
}
function requiredString(obj, field) {
    const value = obj[field];
    if (typeof value !== 'string' || value === '')
        throw new Error(`"${field}" must be a non-empty string`);
    return value;
}
/**
 * Validates one parsed JSON value as a gold record; throws a plain `Error` naming the bad field
 * (the caller adds file and line).
 *
 * @example
 * goldRecordOf({ id: 'a', source_suite: 's', text: 'Chile recalled its envoy from Peru.', expected: [] }).expect_none // false
 */
export function goldRecordOf(value) {
    if (!isObject(value))
        throw new Error('a gold record must be a JSON object');
    const expected = value.expected ?? [];
    if (!Array.isArray(expected))
        throw new Error('"expected" must be an array');
    const expectNone = value.expect_none ?? false;
    if (typeof expectNone !== 'boolean')
        throw new Error('"expect_none" must be true or false');
    const text = value.text;
    if (typeof text !== 'string')
        throw new Error('"text" must be a string');
    return Object.freeze({
        id: requiredString(value, 'id'),
        source_suite: requiredString(value, 'source_suite'),
        date: optionalString(value, 'date', DATE, ''),
        text,
        expected: Object.freeze(expected.map(goldEventOf)),
        expect_none: expectNone,
        notes: optionalString(value, 'notes', null, '') ?? '',
        category: optionalString(value, 'category', null, '') ?? '',
    });
}
/**
 * Parses gold JSONL text (blank lines skipped). A bad line throws `ParleyError('INPUT_JSONL')`
 * carrying the input name and the 1-based line number.
 *
 * @example
 * parseGoldJsonl('{"id":"a","source_suite":"s","text":"Chile recalled its envoy from Peru.","expected":[]}\n', 'a.jsonl').length // 1
 */
export function parseGoldJsonl(content, input) {
    const records = [];
    const lines = content.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '')
            continue;
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch (cause) {
            throw new ParleyError('INPUT_JSONL', 'line is not valid JSON', { stage: 'eval', input, line: i + 1, cause });
        }
        try {
            records.push(goldRecordOf(parsed));
        }
        catch (cause) {
            const message = cause instanceof Error ? cause.message : String(cause);
            throw new ParleyError('INPUT_JSONL', `not a gold record: ${message}`, { stage: 'eval', input, line: i + 1, cause });
        }
    }
    return records;
}
/**
 * Reads and validates a gold JSONL file.
 *
 * @example
 * const records = readGoldFile('../shared/eval/dev/petrarch2_pytest.jsonl');
 */
export function readGoldFile(path) {
    let content;
    try {
        content = readFileSync(path, 'utf8');
    }
    catch (cause) {
        throw new ParleyError('INPUT_NOT_FOUND', `cannot read gold file: ${cause.message}`, { stage: 'eval', input: path, cause });
    }
    return parseGoldJsonl(content, path);
}
