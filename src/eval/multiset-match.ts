/**
 * Which items of two lists are matched when they are compared as multisets by key: each gold
 * item matches at most one predicted item with the same key, first come first served.
 *
 * @example
 * const m: MultisetMatch = matchMultiset(['a', 'a'], ['a', 'b'], (x) => x);
 * // m.matched 1, m.unmatchedGold [1], m.unmatchedPredicted [1]
 */
export interface MultisetMatch {
  readonly matched: number;
  /** Indices into the gold list. */
  readonly unmatchedGold: readonly number[];
  /** Indices into the predicted list. */
  readonly unmatchedPredicted: readonly number[];
}

/**
 * Matches gold against predicted items as multisets of keys.
 *
 * @example
 * matchMultiset(['DEU>FRA:19'], ['DEU>FRA:19', 'DEU>FRA:19'], (k) => k).unmatchedPredicted // [1]
 */
export function matchMultiset<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  keyOfGold: (item: G) => string,
  keyOfPredicted: (item: P) => string = keyOfGold as unknown as (item: P) => string,
): MultisetMatch {
  const waiting = new Map<string, number[]>();
  predicted.forEach((item, index) => {
    const key = keyOfPredicted(item);
    const list = waiting.get(key);
    if (list) list.push(index);
    else waiting.set(key, [index]);
  });
  const used = new Set<number>();
  const unmatchedGold: number[] = [];
  gold.forEach((item, index) => {
    const candidate = waiting.get(keyOfGold(item))?.shift();
    if (candidate === undefined) unmatchedGold.push(index);
    else used.add(candidate);
  });
  const unmatchedPredicted = predicted.map((_, index) => index).filter((index) => !used.has(index));
  return Object.freeze({ matched: used.size, unmatchedGold, unmatchedPredicted });
}
