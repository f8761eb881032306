/**
 * `part / whole`, or `null` when there is nothing to divide by.
 *
 * @example
 * shareOf(1, 4) // 0.25
 * shareOf(0, 0) // null
 */
export function shareOf(part, whole) {
    return whole === 0 ? null : part / whole;
}
/**
 * Precision, recall and F1 from true positives, false positives (or `null`: no precision) and
 * false negatives.
 *
 * @example
 * prfOf(3, 1, 2).f1 // 0.6666…
 */
export function prfOf(tp, fp, fn) {
    const precision = fp === null ? null : shareOf(tp, tp + fp);
    const recall = shareOf(tp, tp + fn);
    let f1 = null;
    if (precision !== null && recall !== null)
        f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return Object.freeze({ tp, fp, fn, precision, recall, f1 });
}
