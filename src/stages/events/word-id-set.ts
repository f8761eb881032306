/** Sets of pattern-word ids as bitsets: the matcher tests a token's id against a word's alternatives in one step. */

/**
 * The word ids of `words` as a bitset over all ids, the same array for the same ids (`idSets` keeps
 * them by their sorted ids).
 *
 * @example
 * hasWordId(wordIdSet(['with', 'to'], wordIds, new Map()), wordIds.get('to')!) // true
 */
export function wordIdSet(words: readonly string[], wordIds: ReadonlyMap<string, number>, idSets: Map<string, Uint32Array>): Uint32Array {
  const ids = words.map((w) => wordIds.get(w) ?? 0).sort((a, b) => a - b);
  const key = ids.join(',');
  let bits = idSets.get(key);
  if (!bits) {
    bits = new Uint32Array((wordIds.size >>> 5) + 1);
    for (const id of ids) if (id !== 0) bits[id >>> 5] |= 1 << (id & 31);
    idSets.set(key, bits);
  }
  return bits;
}

/** Whether word id `id` is in the bitset `bits` (`wordIdSet`); never id 0, no pattern word. */
export function hasWordId(bits: Uint32Array, id: number): boolean {
  return ((bits[id >>> 5] >>> (id & 31)) & 1) !== 0;
}
