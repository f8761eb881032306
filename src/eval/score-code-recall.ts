import type { ErrorCause, Judgment, RecordErrors, ScoredError, SuiteScore } from './eval-report.js';
import { prfOf, shareOf } from './prf.js';
import { causeCountsOf, recordErrorsOf, type ScoredRecord } from './scored-record.js';
import { expectNoneFigures } from './score-dyads.js';

function missCause(code: string, codes: ReadonlySet<string>, roots: ReadonlySet<string>): ErrorCause {
  if (codes.size === 0) return 'no_prediction';
  return roots.has(code.slice(0, 2)) ? 'wrong_code' : 'wrong_root';
}

/**
 * The judgments of a code-recall suite: a prediction is right when its CAMEO root is the root of
 * an expected code of its record (the suite gives one code a sentence, and other events of the
 * same sentence are often right at root level while a full-code rule would count them wrong); every
 * prediction on an `expect_none` record is wrong; records with neither are not judged.
 *
 * @example
 * codeRecallJudgmentsOf([scored]) // [{ confidence: 0.7, right: true }]
 */
export function codeRecallJudgmentsOf(records: readonly ScoredRecord[]): Judgment[] {
  const judged: Judgment[] = [];
  for (const record of records) {
    const roots = new Set(record.gold.expected.flatMap((event) => (event.code === null ? [] : [event.code.slice(0, 2)])));
    if (roots.size === 0 && !record.gold.expect_none) continue;
    for (const event of record.predicted) {
      judged.push(Object.freeze({ confidence: event.confidence, right: !record.gold.expect_none && roots.has(event.cameo_root) }));
    }
  }
  return judged;
}

/**
 * Scores a codebook-example suite, actors ignored: code recall (the expected code is among the
 * record's predicted codes), root recall (its first two digits among the predicted roots), and
 * events per record in place of a precision. The headline score is code recall (no precision).
 *
 * @example
 * scoreCodeRecall([{ gold, predicted }]).score.recall // 1 when every expected code was coded
 */
export function scoreCodeRecall(records: readonly ScoredRecord[]): SuiteScore {
  let gold = 0;
  let codeHits = 0;
  let rootHits = 0;
  const errors: RecordErrors[] = [];
  for (const record of records) {
    const codes = new Set(record.predicted.map((event) => event.cameo));
    const roots = new Set(record.predicted.map((event) => event.cameo_root));
    const recordErrors: ScoredError[] = [];
    record.gold.expected.forEach((event, index) => {
      if (event.code === null) return;
      gold += 1;
      if (roots.has(event.code.slice(0, 2))) rootHits += 1;
      if (codes.has(event.code)) codeHits += 1;
      else recordErrors.push({ kind: 'miss', cause: missCause(event.code, codes, roots), tuple: { source: null, target: null, event: event.code }, index });
    });
    if (record.gold.expect_none) {
      record.predicted.forEach((event, index) => {
        recordErrors.push({ kind: 'false_alarm', cause: 'spurious', tuple: { source: null, target: null, event: event.cameo }, index });
      });
    }
    const entry = recordErrorsOf(record, recordErrors);
    if (entry !== null) errors.push(entry);
  }
  const predicted = records.reduce((sum, record) => sum + record.predicted.length, 0);
  return Object.freeze<SuiteScore>({
    method: 'code-recall',
    records: records.length,
    goldEvents: gold,
    predicted,
    score: prfOf(codeHits, null, gold - codeHits),
    figures: Object.freeze([
      { name: 'code recall', value: shareOf(codeHits, gold), unit: 'share' },
      { name: 'root recall', value: shareOf(rootHits, gold), unit: 'share' },
      { name: 'events per record', value: shareOf(predicted, records.length), unit: 'mean' },
      ...expectNoneFigures(records),
    ]),
    causes: causeCountsOf(errors),
    errors: Object.freeze(errors),
    judged: Object.freeze(codeRecallJudgmentsOf(records)),
  });
}
