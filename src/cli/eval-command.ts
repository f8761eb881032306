import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { EventRecord } from '../core/event-record.js';
import { createDocument, metaFor } from '../core/document.js';
import { ParleyError } from '../core/errors.js';
import type { EvalReport } from '../eval/index.js';
import { calibrationJson, evaluateFiles, fitCalibration, formatEvalReport, formatReliability, reliabilityChartPng, reliabilityOf } from '../eval/index.js';
import { coderWithDictionaries, type Coder } from './coder.js';
import type { CommandIo } from './io.js';

export const EVAL_USAGE = `usage: parley eval GOLD.jsonl... [--errors] [--suite NAME] [--json] [--min-confidence X] [--dictionary PATH]...
                   [--reliability CHART.png] [--fit-calibration TABLE.json]
Scores the coder against gold records (see docs/evaluation.md); --reliability draws the
reliability diagram of confidence, --fit-calibration fits a calibration table (docs/accuracy.md).`;

/** Events below this confidence are not scored unless `--min-confidence` says otherwise (docs/evaluation.md). */
export const DEFAULT_MIN_CONFIDENCE = 0;

/** Modalities that say the event did not (or not yet) happen: left out of scoring. */
const UNSCORED = new Set(['negated', 'hypothetical']);

/** `parley eval`: codes each gold record as a one-sentence document and scores every suite. */
export async function evalCommand(argv: readonly string[], io: CommandIo, makeCoder: () => Coder): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      dictionary: { type: 'string', multiple: true },
      errors: { type: 'boolean', default: false }, suite: { type: 'string' }, json: { type: 'boolean', default: false },
      'min-confidence': { type: 'string', default: String(DEFAULT_MIN_CONFIDENCE) },
      reliability: { type: 'string' }, 'fit-calibration': { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new ParleyError('USAGE', 'parley eval needs at least one gold JSONL file');
  const min = Number(values['min-confidence']);
  if (!(min >= 0 && min <= 1)) throw new ParleyError('USAGE', '--min-confidence must be a number from 0 to 1');
  const coder = coderWithDictionaries(values.dictionary, makeCoder);
  const code = (r: { id: string; text: string; date: string | null }): EventRecord[] =>
    coder.code(createDocument(metaFor(r.id, { date: r.date, format: 'jsonl' }), r.text)).filter((e) => !UNSCORED.has(e.modality) && e.confidence >= min);
  const report = evaluateFiles(positionals, code, { errors: values.errors, suite: values.suite });
  const pooled = reliabilityOf(report.suites.flatMap((suite) => suite.judged));
  if (values.reliability !== undefined) writeFileSync(values.reliability, reliabilityChartPng(pooled, suitesTitle(report)));
  if (values['fit-calibration'] !== undefined) {
    writeFileSync(values['fit-calibration'], calibrationJson(fitCalibration(report.suites, new Date().toISOString().slice(0, 10))));
  }
  if (values.json) {
    io.stdout.write(`${JSON.stringify(jsonReport(report, values.errors), null, 2)}\n`);
  } else {
    const table = formatReliability(pooled, `${suitesTitle(report).toLowerCase()}, judged predictions`);
    io.stdout.write(`${formatEvalReport(report, { errors: values.errors })}\n${table.join('\n')}\n`);
  }
  return 0;
}

function suitesTitle(report: EvalReport): string {
  return report.suites.length === 1 ? '1 SUITE' : `${report.suites.length} SUITES POOLED`;
}

/** The JSON report: each suite with its reliability, and the pooled one; judgments only with --errors. */
function jsonReport(report: EvalReport, withJudgments: boolean): unknown {
  return {
    ...report,
    suites: report.suites.map(({ judged, ...suite }) => ({ ...suite, reliability: reliabilityOf(judged), ...(withJudgments ? { judged } : {}) })),
    reliability: reliabilityOf(report.suites.flatMap((suite) => suite.judged)),
  };
}
