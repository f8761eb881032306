import type { RecordErrors, SuiteScore } from './eval-report.js';
import { prfOf } from './prf.js';
import { causeCountsOf, type ScoredRecord } from './scored-record.js';
import { dyadErrorsOf, dyadJudgmentsOf, dyadOutcomeOf, expectNoneFigures, tallyDyads, type DyadLevel } from './score-dyads.js';

/** (source country, target country, CAMEO root). */
export const CAMEO_ROOT_LEVEL: DyadLevel = Object.freeze<DyadLevel>({
  goldEvent: (gold) => gold.code?.slice(0, 2) ?? null,
  predictedEvent: (event) => event.cameo_root,
});

/** (source country, target country, full CAMEO code). */
export const CAMEO_CODE_LEVEL: DyadLevel = Object.freeze<DyadLevel>({
  goldEvent: (gold) => gold.code,
  predictedEvent: (event) => event.cameo,
});

/**
 * Scores a PETRARCH-style suite: precision, recall and F1 of (source country, target country,
 * CAMEO root) over dyadic events, matched as multisets per record; the same at full-code level
 * as figures. Errors and causes are judged at root level.
 *
 * @example
 * scoreCameoDyads([{ gold, predicted }]).score.f1 // 1 when every triple matches
 */
export function scoreCameoDyads(records: readonly ScoredRecord[]): SuiteScore {
  const roots = records.map((record) => dyadOutcomeOf(record, CAMEO_ROOT_LEVEL));
  const codes = records.map((record) => dyadOutcomeOf(record, CAMEO_CODE_LEVEL));
  const root = tallyDyads(roots);
  const codeTally = tallyDyads(codes);
  const code = prfOf(codeTally.tp, codeTally.fp, codeTally.fn);
  const errors = records
    .map((record, i) => dyadErrorsOf(record, roots[i], CAMEO_ROOT_LEVEL))
    .filter((entry): entry is RecordErrors => entry !== null);
  return Object.freeze<SuiteScore>({
    method: 'dyadic-cameo',
    records: records.length,
    goldEvents: root.tp + root.fn,
    predicted: records.reduce((sum, record) => sum + record.predicted.length, 0),
    score: prfOf(root.tp, root.fp, root.fn),
    figures: Object.freeze([
      { name: 'code precision', value: code.precision, unit: 'share' },
      { name: 'code recall', value: code.recall, unit: 'share' },
      { name: 'code F1', value: code.f1, unit: 'share' },
      ...expectNoneFigures(records),
    ]),
    causes: causeCountsOf(errors),
    errors: Object.freeze(errors),
    judged: Object.freeze(dyadJudgmentsOf(records, roots)),
  });
}
