import { describe, expect, it } from 'vitest';
import type { Judgment } from './eval-report.js';
import { formatReliability } from './format-reliability.js';
import { binsOf, expectedCalibrationError, reliabilityOf } from './reliability.js';

/** `n` judgments at a confidence, `right` of them right. */
function some(confidence: number, n: number, right: number): Judgment[] {
  return Array.from({ length: n }, (_, i) => ({ confidence, right: i < right }));
}

const judged = [...some(0.1, 4, 1), ...some(0.5, 10, 5), ...some(0.9, 10, 9), ...some(1, 2, 2)];

describe('reliabilityOf', () => {
  const reliability = reliabilityOf(judged);

  it('sorts predictions into five bands, the last one closed at 1', () => {
    expect(reliability.bands.map((b) => [b.from, b.to, b.predictions, b.right])).toEqual([
      [0, 0.2, 4, 1], [0.2, 0.4, 0, 0], [0.4, 0.6, 10, 5], [0.6, 0.8, 0, 0], [0.8, 1, 12, 11],
    ]);
  });

  it('gives each band its share right and mean confidence, none when empty', () => {
    expect(reliability.bands[0]).toMatchObject({ shareRight: 0.25, meanConfidence: 0.1 });
    expect(reliability.bands[1]).toMatchObject({ shareRight: null, meanConfidence: null });
    expect(reliability.bands[4].meanConfidence).toBeCloseTo((0.9 * 10 + 2) / 12);
  });

  it('has ten bins for the chart', () => {
    expect(reliability.bins).toHaveLength(10);
    expect(reliability.bins[9].predictions).toBe(12);
    expect(reliability.bins[5].predictions).toBe(10);
  });

  it('puts a confidence on a band edge into the band above it', () => {
    expect(binsOf([{ confidence: 0.2, right: true }], [0, 0.2, 1]).map((b) => b.predictions)).toEqual([0, 1]);
  });

  it('computes the expected calibration error as the weighted gap per bin', () => {
    // bins: 0.1 (4, 25% right), 0.5 (10, 50%), 0.9..1 (12, 11/12 right, mean 11/12)
    const expected = (4 / 26) * 0.15 + (10 / 26) * 0 + (12 / 26) * Math.abs(11 / 12 - 11 / 12);
    expect(reliability.ece).toBeCloseTo(expected, 10);
    expect(expectedCalibrationError([])).toBeNull();
    expect(expectedCalibrationError(some(0.9, 2, 1))).toBeCloseTo(0.4);
  });

  it('reports the share right of events at or above 0.8', () => {
    expect(reliability.highConfidence).toEqual({ threshold: 0.8, predictions: 12, shareRight: 11 / 12 });
  });

  it('prints a table with a row a band and the totals', () => {
    const lines = formatReliability(reliability, 'test');
    expect(lines[0]).toBe('reliability (test)');
    expect(lines[2]).toMatch(/^0\.0-0\.2\s+4\s+25\.0%\s+0\.100$/);
    expect(lines[3]).toMatch(/^0\.2-0\.4\s+0\s+–\s+–$/);
    expect(lines[7]).toMatch(/^all\s+26/);
    expect(lines[8]).toBe('expected calibration error 0.023; events >= 0.8: 12, 91.7% right');
  });
});
