/**
 * Counts behind a precision/recall/F1 figure, and the figures. `fp` and `precision` are `null`
 * for scorings that define no precision (code recall).
 *
 * @example
 * const score: PrecisionRecall = prfOf(3, 1, 2); // precision 0.75, recall 0.6
 */
export interface PrecisionRecall {
  readonly tp: number;
  readonly fp: number | null;
  readonly fn: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/**
 * `part / whole`, or `null` when there is nothing to divide by.
 *
 * @example
 * shareOf(1, 4) // 0.25
 * shareOf(0, 0) // null
 */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * Precision, recall and F1 from true positives, false positives (or `null`: no precision) and
 * false negatives.
 *
 * @example
 * prfOf(3, 1, 2).f1 // 0.6666…
 */
export function prfOf(tp: number, fp: number | null, fn: number): PrecisionRecall {
  const precision = fp === null ? null : shareOf(tp, tp + fp);
  const recall = shareOf(tp, tp + fn);
  let f1: number | null = null;
  if (precision !== null && recall !== null) f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return Object.freeze({ tp, fp, fn, precision, recall, f1 });
}
