import type { RecordErrors, SuiteScore } from './eval-report.js';
import { prfOf, shareOf } from './prf.js';
import { causeCountsOf, type ScoredRecord } from './scored-record.js';
import { dyadErrorsOf, dyadJudgmentsOf, dyadOutcomeOf, expectNoneFigures, tallyDyads, type DyadLevel } from './score-dyads.js';

/** (source country, target country, PLOVER type); predictions without a PLOVER type do not count. */
export const PLOVER_TYPE_LEVEL: DyadLevel = Object.freeze<DyadLevel>({
  goldEvent: (gold) => gold.plover,
  predictedEvent: (event) => event.plover?.type ?? null,
});

/**
 * The share of gold events whose PLOVER type is among the types predicted for their record,
 * actors ignored.
 *
 * @example
 * ploverTypeRecall([{ gold, predicted }]) // 0.5
 */
export function ploverTypeRecall(records: readonly ScoredRecord[]): number | null {
  let gold = 0;
  let found = 0;
  for (const record of records) {
    const types = new Set(record.predicted.map((event) => event.plover?.type ?? null));
    for (const event of record.gold.expected) {
      if (event.plover === null) continue;
      gold += 1;
      if (types.has(event.plover)) found += 1;
    }
  }
  return shareOf(found, gold);
}

/**
 * Scores a PLOVER suite: precision, recall and F1 of (source country, target country, PLOVER
 * type) over dyadic events, matched as multisets per record, plus type recall.
 *
 * @example
 * scorePloverDyads([{ gold, predicted }]).figures[0].name // 'type recall'
 */
export function scorePloverDyads(records: readonly ScoredRecord[]): SuiteScore {
  const outcomes = records.map((record) => dyadOutcomeOf(record, PLOVER_TYPE_LEVEL));
  const tally = tallyDyads(outcomes);
  const errors = records
    .map((record, i) => dyadErrorsOf(record, outcomes[i], PLOVER_TYPE_LEVEL))
    .filter((entry): entry is RecordErrors => entry !== null);
  return Object.freeze<SuiteScore>({
    method: 'dyadic-plover',
    records: records.length,
    goldEvents: tally.tp + tally.fn,
    predicted: records.reduce((sum, record) => sum + record.predicted.length, 0),
    score: prfOf(tally.tp, tally.fp, tally.fn),
    figures: Object.freeze([
      { name: 'type recall', value: ploverTypeRecall(records), unit: 'share' },
      ...expectNoneFigures(records),
    ]),
    causes: causeCountsOf(errors),
    errors: Object.freeze(errors),
    judged: Object.freeze(dyadJudgmentsOf(records, outcomes)),
  });
}
