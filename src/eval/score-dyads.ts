import type { EventRecord } from '../core/event-record.js';
import { countryOfActor, countryOfCode } from './actor-country.js';
import { causeOfFalseAlarm, causeOfMiss } from './error-cause.js';
import type { Judgment, RecordErrors, ScoredError, ScoredTuple, SuiteFigure } from './eval-report.js';
import type { GoldEvent } from './gold.js';
import { matchMultiset, type MultisetMatch } from './multiset-match.js';
import { shareOf } from './prf.js';
import { recordErrorsOf, type ScoredRecord } from './scored-record.js';

/**
 * What a dyadic scoring compares besides the two countries: the event of a gold event and of a
 * prediction (a CAMEO root, a full code, a PLOVER type), `null` when it has none.
 *
 * @example
 * const rootLevel: DyadLevel = { goldEvent: (g) => g.code?.slice(0, 2) ?? null, predictedEvent: (e) => e.cameo_root };
 */
export interface DyadLevel {
  readonly goldEvent: (gold: GoldEvent) => string | null;
  readonly predictedEvent: (event: EventRecord) => string | null;
}

/** The tuples of one record at one level, and how they matched. */
export interface DyadOutcome {
  /** Scorable gold tuples: both actor codes given and an event. */
  readonly gold: readonly ScoredTuple[];
  /** Their indices in the record's `expected`. */
  readonly goldIndex: readonly number[];
  /** Scorable predictions: both actors and an event; in an `expect_none` record, every prediction. */
  readonly predicted: readonly ScoredTuple[];
  /** Their indices in the record's predictions. */
  readonly predictedIndex: readonly number[];
  readonly match: MultisetMatch;
}

function keyOf(tuple: ScoredTuple): string {
  return `${tuple.source ?? '---'}>${tuple.target ?? '---'}:${tuple.event ?? ''}`;
}

function predictedTupleOf(event: EventRecord, level: DyadLevel): ScoredTuple {
  return { source: countryOfActor(event.source), target: countryOfActor(event.target), event: level.predictedEvent(event) };
}

/**
 * Matches a record's dyadic gold events against its dyadic predictions as multisets of
 * (source country, target country, event).
 *
 * @example
 * dyadOutcomeOf(scored, rootLevel).match.matched // 1
 */
export function dyadOutcomeOf(record: ScoredRecord, level: DyadLevel): DyadOutcome {
  const gold: ScoredTuple[] = [];
  const goldIndex: number[] = [];
  record.gold.expected.forEach((event, index) => {
    const code = level.goldEvent(event);
    if (event.source === null || event.target === null || code === null) return;
    gold.push({ source: countryOfCode(event.source), target: countryOfCode(event.target), event: code });
    goldIndex.push(index);
  });
  const predicted: ScoredTuple[] = [];
  const predictedIndex: number[] = [];
  record.predicted.forEach((event, index) => {
    const dyadic = event.source !== null && event.target !== null && level.predictedEvent(event) !== null;
    if (!dyadic && !record.gold.expect_none) return;
    predicted.push(predictedTupleOf(event, level));
    predictedIndex.push(index);
  });
  return { gold, goldIndex, predicted, predictedIndex, match: matchMultiset(gold, predicted, keyOf) };
}

/**
 * The misses and false alarms of a record at a level, each with a cause.
 *
 * @example
 * dyadErrorsOf(scored, dyadOutcomeOf(scored, rootLevel), rootLevel)?.errors[0].cause // 'wrong_direction'
 */
export function dyadErrorsOf(record: ScoredRecord, outcome: DyadOutcome, level: DyadLevel): RecordErrors | null {
  const { match } = outcome;
  const counted = new Set(outcome.predictedIndex);
  // Predictions outside the scored set (an actor missing) can still explain a miss.
  const partial = record.predicted
    .filter((event, index) => !counted.has(index) && level.predictedEvent(event) !== null)
    .map((event) => predictedTupleOf(event, level));
  const candidates = [...match.unmatchedPredicted.map((i) => outcome.predicted[i]), ...partial];
  const unmatchedGold = match.unmatchedGold.map((i) => outcome.gold[i]);
  const unmatched = new Set(match.unmatchedPredicted);
  const matched = outcome.predicted.filter((_, i) => !unmatched.has(i));
  const errors: ScoredError[] = [
    ...match.unmatchedGold.map((i): ScoredError => ({
      kind: 'miss', cause: causeOfMiss(outcome.gold[i], candidates, matched), tuple: outcome.gold[i], index: outcome.goldIndex[i],
    })),
    ...match.unmatchedPredicted.map((i): ScoredError => ({
      kind: 'false_alarm', cause: causeOfFalseAlarm(outcome.predicted[i], unmatchedGold), tuple: outcome.predicted[i], index: outcome.predictedIndex[i],
    })),
  ];
  return recordErrorsOf(record, errors);
}

/**
 * The judgments of a dyadic scoring: every prediction it counts (dyadic ones; in an
 * `expect_none` record, all) is right when it matched a gold tuple, wrong when it is a false alarm.
 *
 * @example
 * dyadJudgmentsOf([scored], [dyadOutcomeOf(scored, rootLevel)]) // [{ confidence: 0.8, right: true }]
 */
export function dyadJudgmentsOf(records: readonly ScoredRecord[], outcomes: readonly DyadOutcome[]): Judgment[] {
  const judged: Judgment[] = [];
  outcomes.forEach((outcome, r) => {
    const unmatched = new Set(outcome.match.unmatchedPredicted);
    outcome.predictedIndex.forEach((index, i) => {
      judged.push(Object.freeze({ confidence: records[r].predicted[index].confidence, right: !unmatched.has(i) }));
    });
  });
  return judged;
}

/** True/false positives and false negatives of a dyadic level over records. */
export interface DyadTally {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/**
 * Sums a level's matches over records.
 *
 * @example
 * tallyDyads(outcomes) // { tp: 3, fp: 1, fn: 2 }
 */
export function tallyDyads(outcomes: readonly DyadOutcome[]): DyadTally {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { gold, predicted, match } of outcomes) {
    tp += match.matched;
    fp += predicted.length - match.matched;
    fn += gold.length - match.matched;
  }
  return { tp, fp, fn };
}

/**
 * Figures about `expect_none` records (none when the suite has no such record): how many, how
 * many got any event, and how many events were coded from them.
 *
 * @example
 * expectNoneFigures(records)[0] // { name: 'expect_none records', value: 8, unit: 'count' }
 */
export function expectNoneFigures(records: readonly ScoredRecord[]): SuiteFigure[] {
  const none = records.filter((record) => record.gold.expect_none);
  if (none.length === 0) return [];
  const withEvent = none.filter((record) => record.predicted.length > 0).length;
  const falseAlarms = none.reduce((sum, record) => sum + record.predicted.length, 0);
  return [
    { name: 'expect_none records', value: none.length, unit: 'count' },
    { name: 'expect_none records with an event', value: shareOf(withEvent, none.length), unit: 'share' },
    { name: 'false alarms on expect_none records', value: falseAlarms, unit: 'count' },
  ];
}
