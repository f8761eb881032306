import { describe, expect, it } from 'vitest';
import { parseConfidenceCalibration } from '../lexicon/confidence-calibration.js';
import { calibratedConfidence } from '../stages/confidence/calibrate-confidence.js';
import type { Judgment } from './eval-report.js';
import { calibrationJson, crossValidatedEce, fitCalibration, fitIsotonic, fitPlatt } from './fit-calibration.js';
import { expectedCalibrationError } from './reliability.js';

function some(confidence: number, n: number, right: number): Judgment[] {
  return Array.from({ length: n }, (_, i) => ({ confidence, right: i < right }));
}

function rising(points: readonly (readonly [number, number])[]): boolean {
  return points.every(([x, y], i) => i === 0 || (x > points[i - 1][0] && y > points[i - 1][1]));
}

describe('fitIsotonic', () => {
  it('gives one breakpoint per block of equal share, valued with one right and one wrong added', () => {
    const points = fitIsotonic([...some(0.2, 8, 2), ...some(0.6, 8, 6)], 1);
    expect(points).toEqual([[0, 0.298], [0.2, 0.3], [0.6, 0.7], [1, 0.704]]);
  });

  it('pools neighbours that violate the order', () => {
    // 0.3 is right more often than 0.5: the two pool into one block at their mean score.
    const points = fitIsotonic([...some(0.1, 10, 1), ...some(0.3, 10, 8), ...some(0.5, 10, 4), ...some(0.9, 10, 9)], 1);
    expect(points.map(([x]) => x)).toEqual([0, 0.1, 0.4, 0.9, 1]);
    expect(points[2][1]).toBeCloseTo(13 / 22, 4);
    expect(rising(points)).toBe(true);
  });

  it('joins blocks smaller than the least block size to their closest neighbour', () => {
    const points = fitIsotonic([...some(0.1, 10, 1), ...some(0.5, 2, 1), ...some(0.9, 10, 9)], 5);
    expect(points).toHaveLength(4);
    expect(points[1][0]).toBeCloseTo((0.1 * 10 + 0.5 * 2) / 12, 4);
  });

  it('keeps the map strictly rising where the data is flat', () => {
    const points = fitIsotonic([...some(0.2, 10, 5), ...some(0.8, 10, 5)], 1);
    expect(rising(points)).toBe(true);
  });
});

describe('fitPlatt', () => {
  it('fits a rising logistic curve tabulated every 0.05', () => {
    const points = fitPlatt([...some(0.2, 20, 4), ...some(0.5, 20, 10), ...some(0.8, 20, 16)]);
    expect(points).toHaveLength(21);
    expect(rising(points ?? [])).toBe(true);
    expect(calibratedConfidence(points ?? [], 0.5)).toBeCloseTo(0.5, 1);
  });

  it('refuses a falling curve', () => {
    expect(fitPlatt([...some(0.2, 20, 18), ...some(0.8, 20, 2)])).toBeNull();
  });
});

describe('fitCalibration', () => {
  // An under-confident coder: right far more often than it says.
  const judged = [...some(0.2, 40, 20), ...some(0.4, 40, 28), ...some(0.6, 40, 34), ...some(0.8, 40, 39)];
  const table = fitCalibration([{ suite: 'a', judged: judged.slice(0, 100) }, { suite: 'b', judged: judged.slice(100) }], '2026-01-02');

  it('lowers the calibration error on what it was fitted to', () => {
    const after = judged.map((j) => ({ confidence: calibratedConfidence(table.points, j.confidence), right: j.right }));
    expect(expectedCalibrationError(after)).toBeLessThan(0.05);
    expect(expectedCalibrationError(judged)).toBeGreaterThan(0.2);
  });

  it('records where the table came from and why its method was chosen', () => {
    expect(table.provenance).toMatchObject({ fitted: '2026-01-02', predictions: 160, right: 121 });
    expect(table.provenance.suites).toEqual([{ suite: 'a', predictions: 100, right: 68 }, { suite: 'b', predictions: 60, right: 53 }]);
    expect(table.provenance.why).toMatch(/^(isotonic|platt): the lower 5-fold cross-validated ECE/);
  });

  it('writes JSON the loader reads back, one breakpoint a line', () => {
    const text = calibrationJson(table);
    expect(parseConfidenceCalibration(text, 'x.json')).toEqual(table);
    expect(text).toMatch(/\n {4}\[0, [\d.]+\],\n/);
  });

  it('measures out-of-sample error fold by fold', () => {
    expect(crossValidatedEce(judged, (train) => fitIsotonic(train, 1))).toBeLessThan(0.1);
    expect(crossValidatedEce(judged, () => null)).toBeNull();
  });
});
