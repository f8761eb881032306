import { describe, expect, it } from 'vitest';
import type { Period, PointTuple } from '../store/timeline.js';
import { timelineJson } from './timeline-json.js';

/** What the route printed before: JSON.stringify of the point objects. */
const stringified = (per: Period, points: readonly PointTuple[]) => JSON.stringify({
  per,
  timeline: points.map(([period, events, mentions, goldstein, q1, q2, q3, q4]) => ({ period, events, mentions, goldstein, quad: { 1: q1, 2: q2, 3: q3, 4: q4 } })),
});

describe('timelineJson', () => {
  it.each<[string, Period, PointTuple[]]>([
    ['an empty timeline', 'day', []],
    ['a month with a negative Goldstein sum', 'month', [['2015-03', 2, 5, -3.5, 1, 0, 0, 1]]],
    ['weeks with zero, whole and tenth sums', 'week', [['2015-03-02', 1, 1, 0, 1, 0, 0, 0], ['2015-03-09', 40, 77, 12, 10, 10, 10, 10], ['2015-03-16', 3, 9, 0.1, 0, 3, 0, 0]]],
    ['days with large counts and sums', 'day', [['2024-12-31', 131_071, 2_000_000, -98_765.4, 100_000, 31_071, 0, 0], ['2025-01-01', 7, 7, 1e-1 + 2e-1, 7, 0, 0, 0]]],
  ])('prints %s as JSON.stringify prints the point objects', (_, per, points) => {
    expect(timelineJson(per, points)).toBe(stringified(per, points));
  });

  it('prints text JSON.parse reads back into the points', () => {
    expect(JSON.parse(timelineJson('month', [['2015-03', 2, 5, -3.5, 1, 0, 0, 1]]))).toEqual({
      per: 'month',
      timeline: [{ period: '2015-03', events: 2, mentions: 5, goldstein: -3.5, quad: { 1: 1, 2: 0, 3: 0, 4: 1 } }],
    });
  });
});
