import type { Judgment } from './eval-report.js';
import { shareOf } from './prf.js';

/** Confidence at or above which an event counts as "high confidence" (issue 3: right >= 80%). */
export const HIGH_CONFIDENCE = 0.8;

/** The five bands of the reliability table. */
export const BAND_EDGES: readonly number[] = Object.freeze([0, 0.2, 0.4, 0.6, 0.8, 1]);

/** The ten bins of the chart and of the expected calibration error. */
export const BIN_EDGES: readonly number[] = Object.freeze([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);

/**
 * The predictions whose confidence falls in `[from, to)` (the last bin also takes `to`), how many
 * were right, the share right and their mean confidence (`null` when the bin is empty).
 *
 * @example
 * const bin: ReliabilityBin = { from: 0.8, to: 1, predictions: 10, right: 8, shareRight: 0.8, meanConfidence: 0.86 };
 */
export interface ReliabilityBin {
  readonly from: number;
  readonly to: number;
  readonly predictions: number;
  readonly right: number;
  readonly shareRight: number | null;
  readonly meanConfidence: number | null;
}

/**
 * How well confidence predicts being right: bands for the table, bins for the chart, the expected
 * calibration error over the bins, and the share right of high-confidence predictions.
 *
 * @example
 * reliabilityOf(judged).highConfidence.shareRight // 0.83
 */
export interface Reliability {
  readonly predictions: number;
  readonly right: number;
  readonly meanConfidence: number | null;
  readonly bands: readonly ReliabilityBin[];
  readonly bins: readonly ReliabilityBin[];
  /** Sum over the ten bins of (bin share of predictions) x |share right - mean confidence|. */
  readonly ece: number | null;
  /** Predictions at or above `HIGH_CONFIDENCE` and the share of them that were right. */
  readonly highConfidence: { readonly threshold: number; readonly predictions: number; readonly shareRight: number | null };
}

/** The bin of a confidence: `[from, to)`, the last one closed. */
function binIndexOf(confidence: number, edges: readonly number[]): number {
  const last = edges.length - 2;
  for (let i = 0; i < last; i++) if (confidence < edges[i + 1]) return i;
  return last;
}

/**
 * Sorts judgments into bins by confidence (`edges` from 0 to 1, ascending).
 *
 * @example
 * binsOf([{ confidence: 0.9, right: true }], [0, 0.5, 1])[1].shareRight // 1
 */
export function binsOf(judged: readonly Judgment[], edges: readonly number[]): ReliabilityBin[] {
  const count = new Array<number>(edges.length - 1).fill(0);
  const right = new Array<number>(edges.length - 1).fill(0);
  const sum = new Array<number>(edges.length - 1).fill(0);
  for (const j of judged) {
    const i = binIndexOf(j.confidence, edges);
    count[i] += 1;
    sum[i] += j.confidence;
    if (j.right) right[i] += 1;
  }
  return count.map((n, i) => Object.freeze({
    from: edges[i], to: edges[i + 1], predictions: n, right: right[i], shareRight: shareOf(right[i], n), meanConfidence: shareOf(sum[i], n),
  }));
}

/**
 * Expected calibration error: the prediction-weighted mean gap between share right and mean
 * confidence over bins (ten equal bins by default); `null` with no judgment.
 *
 * @example
 * expectedCalibrationError([{ confidence: 0.9, right: true }, { confidence: 0.9, right: false }]) // 0.4
 */
export function expectedCalibrationError(judged: readonly Judgment[], edges: readonly number[] = BIN_EDGES): number | null {
  if (judged.length === 0) return null;
  let gap = 0;
  for (const bin of binsOf(judged, edges)) {
    if (bin.shareRight === null || bin.meanConfidence === null) continue;
    gap += (bin.predictions / judged.length) * Math.abs(bin.shareRight - bin.meanConfidence);
  }
  return gap;
}

/**
 * The reliability of some judgments (one suite's, or all suites' pooled).
 *
 * @example
 * reliabilityOf(report.suites.flatMap((s) => s.judged)).ece // 0.07
 */
export function reliabilityOf(judged: readonly Judgment[]): Reliability {
  const right = judged.filter((j) => j.right).length;
  const high = judged.filter((j) => j.confidence >= HIGH_CONFIDENCE);
  return Object.freeze({
    predictions: judged.length,
    right,
    meanConfidence: shareOf(judged.reduce((sum, j) => sum + j.confidence, 0), judged.length),
    bands: Object.freeze(binsOf(judged, BAND_EDGES)),
    bins: Object.freeze(binsOf(judged, BIN_EDGES)),
    ece: expectedCalibrationError(judged),
    highConfidence: Object.freeze({
      threshold: HIGH_CONFIDENCE,
      predictions: high.length,
      shareRight: shareOf(high.filter((j) => j.right).length, high.length),
    }),
  });
}
