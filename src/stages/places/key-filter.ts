import { nameHash, phraseKeyHash } from './name-hash.js';

/** Bits per name key: about one phrase in 16 whose key is no name still passes the filter. */
const BITS_PER_KEY = 16;

/**
 * Whether a phrase may be a name the geocoder knows, from a compact bit set over the hashes of
 * its name keys, built once: false only when no key equals the phrase's key. A scan asks it before
 * cutting a phrase out of the text and looking it up; most phrases tried ("President George")
 * are no name, and most of those end here without a string built or a `Map` probed.
 *
 * @example
 * const filter = keyFilter(['baghdad', 'green zone']);
 * filter.mayHold('met in Baghdad', 7, 14) // true
 * filter.mayHold('President Bush', 0, 14) // false (or, rarely, true)
 */
export interface KeyFilter {
  mayHold(text: string, start: number, end: number): boolean;
}

/** Builds the filter of a set of name keys (see `KeyFilter`). */
export function keyFilter(keys: Iterable<string>, count: number): KeyFilter {
  let size = 1024;
  while (size < count * BITS_PER_KEY) size *= 2;
  const mask = size - 1;
  const bits = new Uint32Array(size >>> 5);
  for (const key of keys) {
    const slot = nameHash(key) & mask;
    bits[slot >>> 5] |= 1 << (slot & 31);
  }
  return Object.freeze({
    mayHold(text: string, start: number, end: number): boolean {
      const slot = phraseKeyHash(text, start, end) & mask;
      return (bits[slot >>> 5] & (1 << (slot & 31))) !== 0;
    },
  });
}
