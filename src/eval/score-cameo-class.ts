import type { EventRecord } from '../core/event-record.js';
import { rootsOfClass } from './cameo-root-class.js';
import type { Judgment, RecordErrors, SuiteScore } from './eval-report.js';
import { prfOf, shareOf } from './prf.js';
import { causeCountsOf, recordErrorsOf, type ScoredRecord } from './scored-record.js';

/**
 * The prediction a top-1 scoring looks at: the highest confidence, the first of equals.
 *
 * @example
 * topEvent([]) // null
 */
export function topEvent(events: readonly EventRecord[]): EventRecord | null {
  let top: EventRecord | null = null;
  for (const event of events) if (top === null || event.confidence > top.confidence) top = event;
  return top;
}

/**
 * Scores a CAMEO root-class suite (ConfliBERT-style, gold `cameo_roots` like "09-13,16"): top-1
 * accuracy (the record's most confident event has a root in the class; no event is wrong),
 * coverage (records with any event) and accuracy among covered records. As precision/recall:
 * TP = right top-1, FP = covered but wrong, FN = not right, so precision is accuracy among covered
 * and recall is accuracy. Records without a class label are not scored. Every event of a labelled
 * record (not only the top one) is judged: right when its root is in the class.
 *
 * @example
 * scoreCameoClass([{ gold, predicted }]).figures[0] // { name: 'top-1 accuracy', value: 1, unit: 'share' }
 */
export function scoreCameoClass(records: readonly ScoredRecord[]): SuiteScore {
  let scored = 0;
  let covered = 0;
  let correct = 0;
  let predicted = 0;
  const errors: RecordErrors[] = [];
  const judged: Judgment[] = [];
  for (const record of records) {
    const index = record.gold.expected.findIndex((event) => event.cameo_roots !== null);
    const label = record.gold.expected[index]?.cameo_roots;
    if (label === undefined || label === null) continue;
    scored += 1;
    predicted += record.predicted.length;
    const roots = rootsOfClass(label);
    for (const event of record.predicted) judged.push(Object.freeze({ confidence: event.confidence, right: roots.has(event.cameo_root) }));
    const top = topEvent(record.predicted);
    if (top !== null) covered += 1;
    if (top !== null && roots.has(top.cameo_root)) {
      correct += 1;
      continue;
    }
    const tuple = { source: null, target: null, event: label };
    const entry = recordErrorsOf(record, [{ kind: 'miss', cause: top === null ? 'no_prediction' : 'wrong_root', tuple, index }]);
    if (entry !== null) errors.push(entry);
  }
  return Object.freeze<SuiteScore>({
    method: 'cameo-class',
    records: scored,
    goldEvents: scored,
    predicted,
    score: prfOf(correct, covered - correct, scored - correct),
    figures: Object.freeze([
      { name: 'top-1 accuracy', value: shareOf(correct, scored), unit: 'share' },
      { name: 'coverage', value: shareOf(covered, scored), unit: 'share' },
      { name: 'accuracy among covered', value: shareOf(correct, covered), unit: 'share' },
    ]),
    causes: causeCountsOf(errors),
    errors: Object.freeze(errors),
    judged: Object.freeze(judged),
  });
}
