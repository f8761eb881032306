import { describe, expect, it } from 'vitest';
import { causeOfFalseAlarm, causeOfMiss } from './error-cause.js';
import type { ScoredTuple } from './eval-report.js';

const t = (source: string | null, target: string | null, event: string): ScoredTuple => ({ source, target, event });

describe('causeOfMiss', () => {
  it.each([
    ['nothing coded', [], [], 'no_prediction'],
    ['the dyad swapped', [t('PER', 'CHL', '16')], [], 'wrong_direction'],
    ['another actor country', [t('CHL', 'BOL', '16')], [], 'wrong_actor_country'],
    ['a missing actor', [t(null, 'PER', '16')], [], 'wrong_actor_country'],
    ['another root on the dyad', [t('CHL', 'PER', '04')], [], 'wrong_root'],
    ['only unrelated events', [t('ARG', 'BRA', '04')], [], 'wrong_root'],
    ['the closest of several', [t('ARG', 'BRA', '04'), t('PER', 'CHL', '16')], [], 'wrong_direction'],
    ['one direction of a reciprocal pair coded', [], [t('PER', 'CHL', '16')], 'wrong_direction'],
    ['the same triple coded once for two gold events', [], [t('CHL', 'PER', '16')], 'no_prediction'],
  ])('explains a missed CHL→PER 16 with %s', (_name, candidates, matched, cause) => {
    expect(causeOfMiss(t('CHL', 'PER', '16'), candidates, matched)).toBe(cause);
  });
});

describe('causeOfFalseAlarm', () => {
  it.each([
    ['no gold left', [], 'spurious'],
    ['the gold dyad swapped', [t('PER', 'CHL', '16')], 'wrong_direction'],
    ['a gold event with another root', [t('CHL', 'PER', '04')], 'wrong_root'],
    ['an unrelated gold event', [t('ARG', 'BRA', '04')], 'spurious'],
  ])('explains a false CHL→PER 16 with %s', (_name, gold, cause) => {
    expect(causeOfFalseAlarm(t('CHL', 'PER', '16'), gold)).toBe(cause);
  });
});
