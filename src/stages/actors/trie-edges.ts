/** One edge of a word trie: the node reached from node `parent` by the word `word`. */
export interface TrieEdge<T> {
  readonly parent: number;
  readonly word: string;
  readonly child: T;
}

/** The edges of a word trie, looked up by parent node number and word. */
export interface TrieEdges<T> {
  /** The child of node `parent` by the first `length` characters of `word`, or undefined. */
  child(parent: number, word: string, length: number): T | undefined;
}

/**
 * Every edge of a word trie in one open-addressing hash table. The phrase index looks up every
 * token of every sentence, and most tokens start no phrase: a miss here reads only a small
 * array of numbers, where a `Map` of strings also reads the key strings it passes on the way.
 * Looking up a word's first `length` characters lets a caller drop a full stop without
 * slicing the string.
 *
 * @example
 * const edges = createTrieEdges([{ parent: 0, word: 'prime', child: 1 }, { parent: 1, word: 'minister', child: 2 }]);
 * edges.child(0, 'prime', 5) // 1
 * edges.child(1, 'minister.', 8) // 2
 */
export function createTrieEdges<T>(edges: readonly TrieEdge<T>[]): TrieEdges<T> {
  // At most a quarter full, so that a miss usually ends at the first slot it reads.
  let size = 128;
  while (size < edges.length * 4) size *= 2;
  const mask = size - 1;
  const hashes = new Int32Array(size); // 0 marks an empty slot; edge hashes are never 0
  const parents = new Int32Array(size);
  const words: string[] = new Array<string>(size).fill('');
  const children: (T | undefined)[] = new Array<T | undefined>(size).fill(undefined);
  // 16 bits an edge (four a slot), one set for every edge's hash: a word
  // no edge has usually ends at its bit, read from a few kilobytes that stay in the processor's
  // caches, where the table itself is too large to and costs a cache miss a word.
  const gateMask = size * 4 - 1;
  const gate = new Int32Array((size * 4) >>> 5);
  for (const e of edges) {
    const h = edgeHash(e.parent, e.word, e.word.length);
    const g = (h >>> 11) & gateMask;
    gate[g >>> 5] |= 1 << (g & 31);
    let s = h & mask;
    while (hashes[s] !== 0) s = (s + 1) & mask;
    hashes[s] = h;
    parents[s] = e.parent;
    words[s] = e.word;
    children[s] = e.child;
  }
  return Object.freeze({
    child(parent: number, word: string, length: number): T | undefined {
      const h = edgeHash(parent, word, length);
      const g = (h >>> 11) & gateMask;
      if ((gate[g >>> 5] & (1 << (g & 31))) === 0) return undefined;
      for (let s = h & mask; ; s = (s + 1) & mask) {
        const seen = hashes[s];
        if (seen === 0) return undefined;
        if (seen === h && parents[s] === parent && isPrefixWord(words[s], word, length)) return children[s];
      }
    },
  });
}

/** FNV-1a over the parent number and the word's first `length` characters, mixed so the low bits vary. */
function edgeHash(parent: number, word: string, length: number): number {
  let h = Math.imul(0x811c9dc5 ^ parent, 0x01000193);
  for (let k = 0; k < length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h === 0 ? 1 : h;
}

/** `key` is the first `length` characters of `word`. */
function isPrefixWord(key: string, word: string, length: number): boolean {
  if (key.length !== length) return false;
  return length === word.length ? key === word : word.startsWith(key);
}
