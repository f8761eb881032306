import { ParleyError } from '../core/errors.js';
import { readGoldFile } from './gold.js';
import { SCORERS, scoringMethodFor } from './scoring-method.js';
/** Records grouped by suite, suites in order of first appearance. */
function bySuite(records) {
    const groups = new Map();
    for (const record of records) {
        const group = groups.get(record.source_suite);
        if (group)
            group.push(record);
        else
            groups.set(record.source_suite, [record]);
    }
    return groups;
}
/**
 * Codes every gold record's text and scores each suite by its method (see docs/evaluation.md).
 * Asking for a suite no record belongs to is a `USAGE` error.
 *
 * @example
 * const report = evaluateRecords(parseGoldJsonl(text, 'mine.jsonl'), code, { errors: true });
 * report.suites[0].score.f1
 */
export function evaluateRecords(records, code, options = {}) {
    const groups = bySuite(records);
    if (options.suite !== undefined && !groups.has(options.suite)) {
        throw new ParleyError('USAGE', `no gold record of suite "${options.suite}" (suites: ${[...groups.keys()].join(', ') || 'none'})`, { stage: 'eval' });
    }
    const suites = [];
    let total = 0;
    for (const [suite, gold] of groups) {
        if (options.suite !== undefined && suite !== options.suite)
            continue;
        const method = scoringMethodFor(suite, gold);
        const scored = gold.map((record) => ({
            gold: record,
            predicted: code({ id: record.id, text: record.text, date: record.date }),
        }));
        const { errors, ...score } = SCORERS[method](scored);
        total += gold.length;
        suites.push(Object.freeze(options.errors ? { suite, ...score, errors } : { suite, ...score }));
    }
    return Object.freeze({ records: total, suites: Object.freeze(suites) });
}
/**
 * Reads gold JSONL files (the format of `../shared/eval/dev`) and evaluates the coder on them.
 * A bad line is a `ParleyError('INPUT_JSONL')` with the file and line.
 *
 * @example
 * const report = evaluateFiles(['../shared/eval/dev/petrarch2_gsr.jsonl'], code, { errors: true });
 * process.stdout.write(formatEvalReport(report, { errors: true }));
 */
export function evaluateFiles(paths, code, options = {}) {
    return evaluateRecords(paths.flatMap((path) => readGoldFile(path)), code, options);
}
