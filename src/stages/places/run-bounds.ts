import { nameHash } from './name-hash.js';
import { leadingRun } from './place-key.js';

/** Table slots per name key: about one word in 16 that starts no name still passes the table. */
const SLOTS_PER_KEY = 16;

/**
 * How many words a name with a given leading run can have, from a compact table built once: 0
 * only when no name key has that run, else at least the most words of such a key. Runs that share
 * a slot share the larger bound, so an unknown run may get a bound (the scan then looks up a few
 * phrases in vain) but a known run never gets too small a one.
 *
 * The table is one flat byte array: a scan asks it about every capitalised word, and a probe into
 * it touches one cache line where a `Map` of 100,000 strings touches several.
 *
 * @example
 * const bounds = runBounds(['new york', 'new york city', 'newark']);
 * bounds.wordsOf('new')    // 3
 * bounds.wordsOf('boston') // 0
 */
export interface RunBounds {
  wordsOf(run: string): number;
}

/** Builds the run bounds of a set of name keys (see `RunBounds`). */
export function runBounds(keys: Iterable<string>): RunBounds {
  const runs = new Map<string, number>();
  for (const key of keys) {
    const run = leadingRun(key);
    const words = wordCount(key);
    if ((runs.get(run) ?? 0) < words) runs.set(run, words);
  }
  let size = 1024;
  while (size < runs.size * SLOTS_PER_KEY) size *= 2;
  const mask = size - 1;
  const table = new Uint8Array(size);
  for (const [run, words] of runs) {
    const slot = nameHash(run) & mask;
    table[slot] = Math.max(table[slot], Math.min(words, 255));
  }
  return Object.freeze({
    wordsOf(run: string): number {
      const words = table[nameHash(run) & mask];
      // A bound of 255 stands for "255 or more".
      return words === 255 ? Infinity : words;
    },
  });
}

function wordCount(key: string): number {
  let words = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) words++;
  return words;
}
