import { CALIBRATION_FORMAT, type CalibrationMethod, type ConfidenceCalibration } from '../lexicon/confidence-calibration.js';
import { calibratedConfidence } from '../stages/confidence/calibrate-confidence.js';
import type { Judgment } from './eval-report.js';
import { expectedCalibrationError } from './reliability.js';

/** Breakpoints `[raw, calibrated]` of a calibration table. */
export type CalibrationPoints = readonly (readonly [number, number])[];

/**
 * The least rise of the calibrated value per unit of raw score: keeps the map strictly rising, so
 * calibrating never makes two events of different raw score equal (top-1 choices stay as they were).
 */
const MIN_SLOPE = 0.01;

/** A run of judgments pooled together: how many, how many right, the sum of their raw scores. */
interface Block {
  n: number;
  right: number;
  sum: number;
}

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/** Raw points made strictly rising (by at least MIN_SLOPE) and extended to raw 0 and raw 1. */
function strictlyRising(points: readonly (readonly [number, number])[]): CalibrationPoints {
  const inner = points.filter(([x]) => x > 0 && x < 1);
  const first = inner[0] ?? [0.5, 0.5];
  const last = inner[inner.length - 1] ?? first;
  const ends: [number, number][] = [
    [0, Math.max(0, first[1] - MIN_SLOPE * first[0])],
    ...inner.map(([x, y]): [number, number] => [x, y]),
    [1, Math.min(1, last[1] + MIN_SLOPE * (1 - last[0]))],
  ];
  const out: [number, number][] = [];
  for (const [x, y] of ends) {
    const before = out[out.length - 1];
    const least = before === undefined ? 0 : before[1] + Math.max(1e-4, MIN_SLOPE * (x - before[0]));
    out.push([round4(x), round4(Math.max(y, least))]);
  }
  return Object.freeze(out.map((p) => Object.freeze(p)));
}

/**
 * Isotonic regression of being right on the raw score by pool-adjacent-violators: judgments of
 * equal score start as one block; neighbouring blocks are pooled while the left one is right as
 * often as the right one or more, then blocks of fewer than `minBlock` judgments join the
 * neighbour closest in share. Each block gives a breakpoint at its mean raw score, valued at its
 * share right with one right and one wrong judgment added (so no block claims 0 or 1).
 *
 * @example
 * fitIsotonic(judged, 30) // [[0, 0.12], [0.41, 0.35], ..., [1, 0.86]]
 */
export function fitIsotonic(judged: readonly Judgment[], minBlock = 30): CalibrationPoints {
  const sorted = [...judged].sort((a, b) => a.confidence - b.confidence);
  const blocks: Block[] = [];
  const share = (b: Block) => b.right / b.n;
  const pool = (a: Block, b: Block): Block => ({ n: a.n + b.n, right: a.right + b.right, sum: a.sum + b.sum });
  for (let i = 0; i < sorted.length;) {
    const block: Block = { n: 0, right: 0, sum: 0 };
    const score = sorted[i].confidence;
    for (; i < sorted.length && sorted[i].confidence === score; i++) {
      block.n += 1;
      block.sum += score;
      if (sorted[i].right) block.right += 1;
    }
    blocks.push(block);
    while (blocks.length >= 2 && share(blocks[blocks.length - 2]) >= share(blocks[blocks.length - 1])) {
      const top = blocks.pop() as Block;
      blocks.push(pool(blocks.pop() as Block, top));
    }
  }
  // Pooling neighbours of a rising sequence keeps it rising: the pooled share lies between theirs.
  for (let small = blocks.findIndex((b) => b.n < minBlock); small >= 0 && blocks.length > 1; small = blocks.findIndex((b) => b.n < minBlock)) {
    const left = blocks[small - 1];
    const right = blocks[small + 1];
    const withLeft = right === undefined || (left !== undefined && share(blocks[small]) - share(left) <= share(right) - share(blocks[small]));
    if (withLeft) blocks.splice(small - 1, 2, pool(left, blocks[small]));
    else blocks.splice(small, 2, pool(blocks[small], right));
  }
  return strictlyRising(blocks.map((b) => [b.sum / b.n, (b.right + 1) / (b.n + 2)] as const));
}

/**
 * Platt scaling: a logistic curve `1 / (1 + e^-(a·raw + b))` fitted by Newton's method to the
 * judgments (with Platt's smoothed targets), tabulated at every 0.05 of raw score. `null` when the
 * curve would fall (confidence that predicts being wrong cannot be rescaled without reordering).
 *
 * @example
 * fitPlatt(judged)?.length // 21
 */
export function fitPlatt(judged: readonly Judgment[]): CalibrationPoints | null {
  const positives = judged.filter((j) => j.right).length;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (judged.length - positives + 2);
  let a = 1;
  let b = 0;
  for (let step = 0; step < 100; step++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    for (const j of judged) {
      const p = 1 / (1 + Math.exp(-(a * j.confidence + b)));
      const d = p - (j.right ? high : low);
      const w = p * (1 - p);
      ga += d * j.confidence;
      gb += d;
      haa += w * j.confidence * j.confidence;
      hab += w * j.confidence;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (det <= 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  if (!(a > 0)) return null;
  const grid = Array.from({ length: 21 }, (_, i) => i / 20);
  return strictlyRising(grid.map((x) => [x, 1 / (1 + Math.exp(-(a * x + b)))] as const));
}

/** Judgments read through a table. */
function calibrated(judged: readonly Judgment[], points: CalibrationPoints): Judgment[] {
  return judged.map((j) => ({ confidence: calibratedConfidence(points, j.confidence), right: j.right }));
}

/**
 * The expected calibration error of a fitting method out of sample: the judgments are dealt into
 * `folds` folds (the i-th to fold i mod folds), each fold is read through a table fitted on the
 * others, and the ECE is taken over all of them. `null` when the method fits nothing.
 *
 * @example
 * crossValidatedEce(judged, (train) => fitIsotonic(train)) // 0.03
 */
export function crossValidatedEce(judged: readonly Judgment[], fit: (train: readonly Judgment[]) => CalibrationPoints | null, folds = 5): number | null {
  const out: Judgment[] = [];
  for (let k = 0; k < folds; k++) {
    const train = judged.filter((_, i) => i % folds !== k);
    const test = judged.filter((_, i) => i % folds === k);
    const points = fit(train);
    if (points === null) return null;
    out.push(...calibrated(test, points));
  }
  return expectedCalibrationError(out);
}

/** A suite's judgments, as `parley eval` reports them. */
export interface JudgedSuite {
  readonly suite: string;
  readonly judged: readonly Judgment[];
}

/**
 * Fits a confidence calibration table on the pooled judgments of some suites: isotonic regression
 * and Platt scaling are both tried, and the one with the lower 5-fold cross-validated ECE is kept
 * (in-sample, isotonic regression always wins, so the comparison is out of sample). The table
 * carries its provenance: the day, the suites and their counts, and the ECEs.
 *
 * @example
 * fitCalibration(report.suites, '2026-11-29').points
 */
export function fitCalibration(suites: readonly JudgedSuite[], fitted: string): ConfidenceCalibration {
  const judged = suites.flatMap((s) => s.judged);
  const isotonicCv = crossValidatedEce(judged, (train) => fitIsotonic(train));
  const plattCv = crossValidatedEce(judged, fitPlatt);
  const platt = plattCv !== null && (isotonicCv === null || plattCv < isotonicCv) ? fitPlatt(judged) : null;
  const method: CalibrationMethod = platt === null ? 'isotonic' : 'platt';
  const points = platt ?? fitIsotonic(judged);
  const cv = (v: number | null) => (v === null ? 'none' : v.toFixed(4));
  const rounded = (v: number | null) => (v === null ? null : round4(v));
  return Object.freeze({
    format: CALIBRATION_FORMAT,
    method,
    provenance: Object.freeze({
      fitted,
      suites: Object.freeze(suites.map((s) => Object.freeze({ suite: s.suite, predictions: s.judged.length, right: s.judged.filter((j) => j.right).length }))),
      predictions: judged.length,
      right: judged.filter((j) => j.right).length,
      ece: Object.freeze({
        raw: rounded(expectedCalibrationError(judged)),
        calibrated: rounded(expectedCalibrationError(calibrated(judged, points))),
        isotonic_cross_validated: rounded(isotonicCv),
        platt_cross_validated: rounded(plattCv),
      }),
      why: `${method}: the lower 5-fold cross-validated ECE (isotonic ${cv(isotonicCv)}, Platt ${cv(plattCv)})`,
    }),
    points,
  });
}

/**
 * A table as the JSON file `parley eval --fit-calibration` writes: one breakpoint a line, so a
 * reader can see the curve and the loader can name the line of a bad point.
 *
 * @example
 * writeFileSync('confidence.json', calibrationJson(fitCalibration(report.suites, '2026-11-29')));
 */
export function calibrationJson(table: ConfidenceCalibration): string {
  const { points, ...head } = table;
  const body = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${body},\n  "points": [\n${points.map(([x, y]) => `    [${x}, ${y}]`).join(',\n')}\n  ]\n}\n`;
}
