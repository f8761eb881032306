import { countryOfActor, countryOfCode } from './actor-country.js';
import { causeOfFalseAlarm, causeOfMiss } from './error-cause.js';
import { matchMultiset } from './multiset-match.js';
import { shareOf } from './prf.js';
import { recordErrorsOf } from './scored-record.js';
function keyOf(tuple) {
    return `${tuple.source ?? '---'}>${tuple.target ?? '---'}:${tuple.event ?? ''}`;
}
function predictedTupleOf(event, level) {
    return { source: countryOfActor(event.source), target: countryOfActor(event.target), event: level.predictedEvent(event) };
}
/**
 * Matches a record's dyadic gold events against its dyadic predictions as multisets of
 * (source country, target country, event).
 *
 * @example
 * dyadOutcomeOf(scored, rootLevel).match.matched // 1
 */
export function dyadOutcomeOf(record, level) {
    const gold = [];
    const goldIndex = [];
    record.gold.expected.forEach((event, index) => {
        const code = level.goldEvent(event);
        if (event.source === null || event.target === null || code === null)
            return;
        gold.push({ source: countryOfCode(event.source), target: countryOfCode(event.target), event: code });
        goldIndex.push(index);
    });
    const predicted = [];
    const predictedIndex = [];
    record.predicted.forEach((event, index) => {
        const dyadic = event.source !== null && event.target !== null && level.predictedEvent(event) !== null;
        if (!dyadic && !record.gold.expect_none)
            return;
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
export function dyadErrorsOf(record, outcome, level) {
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
    const errors = [
        ...match.unmatchedGold.map((i) => ({
            kind: 'miss', cause: causeOfMiss(outcome.gold[i], candidates, matched), tuple: outcome.gold[i], index: outcome.goldIndex[i],
        })),
        ...match.unmatchedPredicted.map((i) => ({
            kind: 'false_alarm', cause: causeOfFalseAlarm(outcome.predicted[i], unmatchedGold), tuple: outcome.predicted[i], index: outcome.predictedIndex[i],
        })),
    ];
    return recordErrorsOf(record, errors);
}
/**
 * Sums a level's matches over records.
 *
 * @example
 * tallyDyads(outcomes) // { tp: 3, fp: 1, fn: 2 }
 */
export function tallyDyads(outcomes) {
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
export function expectNoneFigures(records) {
    const none = records.filter((record) => record.gold.expect_none);
    if (none.length === 0)
        return [];
    const withEvent = none.filter((record) => record.predicted.length > 0).length;
    const falseAlarms = none.reduce((sum, record) => sum + record.predicted.length, 0);
    return [
        { name: 'expect_none records', value: none.length, unit: 'count' },
        { name: 'expect_none records with an event', value: shareOf(withEvent, none.length), unit: 'share' },
        { name: 'false alarms on expect_none records', value: falseAlarms, unit: 'count' },
    ];
}
