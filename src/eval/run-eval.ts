import type { EventRecord } from '../core/event-record.js';
import { ParleyError } from '../core/errors.js';
import type { EvalReport, SuiteReport } from './eval-report.js';
import { readGoldFile, type GoldRecord } from './gold.js';
import type { ScoredRecord } from './scored-record.js';
import { SCORERS, scoringMethodFor } from './scoring-method.js';

/**
 * What `parley eval` measures: a function that codes one record's text into contract events. An
 * event may carry an extra `pattern` string, which error listings show.
 *
 * @example
 * const code: EventCoder = ({ id, text, date }) => pipeline.codeText(text, { id, date });
 */
export type EventCoder = (record: { readonly id: string; readonly text: string; readonly date: string | null }) => readonly EventRecord[];

/** Options of an evaluation: keep the error listings; score one suite only. */
export interface EvalOptions {
  readonly errors?: boolean;
  readonly suite?: string;
}

/** Records grouped by suite, suites in order of first appearance. */
function bySuite(records: readonly GoldRecord[]): Map<string, GoldRecord[]> {
  const groups = new Map<string, GoldRecord[]>();
  for (const record of records) {
    const group = groups.get(record.source_suite);
    if (group) group.push(record);
    else groups.set(record.source_suite, [record]);
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
export function evaluateRecords(records: readonly GoldRecord[], code: EventCoder, options: EvalOptions = {}): EvalReport {
  const groups = bySuite(records);
  if (options.suite !== undefined && !groups.has(options.suite)) {
    throw new ParleyError('USAGE', `no gold record of suite "${options.suite}" (suites: ${[...groups.keys()].join(', ') || 'none'})`, { stage: 'eval' });
  }
  const suites: SuiteReport[] = [];
  let total = 0;
  for (const [suite, gold] of groups) {
    if (options.suite !== undefined && suite !== options.suite) continue;
    const method = scoringMethodFor(suite, gold);
    const scored: ScoredRecord[] = gold.map((record) => ({
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
export function evaluateFiles(paths: readonly string[], code: EventCoder, options: EvalOptions = {}): EvalReport {
  return evaluateRecords(paths.flatMap((path) => readGoldFile(path)), code, options);
}
