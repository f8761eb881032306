/**
 * A raw confidence read through a calibration table's breakpoints (`[raw, calibrated]`, rising
 * from raw 0 to raw 1) by linear interpolation, rounded to six decimals: the rounding is fine
 * enough that two raw scores 0.001 apart stay apart on any table `fitCalibration` writes, so the
 * order of a sentence's events (and a top-1 choice) stays as it was.
 *
 * @example
 * calibratedConfidence([[0, 0.1], [0.5, 0.4], [1, 0.9]], 0.75) // 0.65
 */
export function calibratedConfidence(points: readonly (readonly [number, number])[], raw: number): number {
  const x = Math.min(1, Math.max(0, raw));
  let i = 1;
  while (i < points.length - 1 && points[i][0] < x) i += 1;
  // Indexed, not destructured: destructuring a pair goes through the array iterator.
  const x0 = points[i - 1][0];
  const y0 = points[i - 1][1];
  const x1 = points[i][0];
  const y1 = points[i][1];
  const y = x1 === x0 ? y1 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  return Math.round(y * 1e6) / 1e6;
}
