import { describe, expect, it } from 'vitest';
import { createTrieEdges } from './trie-edges.js';

const edges = createTrieEdges([
  { parent: 0, word: 'prime', child: 'prime' },
  { parent: 1, word: 'minister', child: 'prime minister' },
  { parent: 0, word: 'minister', child: 'minister' },
  { parent: 0, word: 'us', child: 'us' },
]);

describe('trie edges', () => {
  it.each([
    [0, 'prime', 5, 'prime'],
    [1, 'minister', 8, 'prime minister'],
    [0, 'minister', 8, 'minister'],
    [1, 'minister.', 8, 'prime minister'],
    [0, 'us', 2, 'us'],
  ])('finds the child of node %i by %j (first %i characters)', (parent, word, length, child) => {
    expect(edges.child(parent, word, length)).toBe(child);
  });

  it.each([
    [1, 'prime', 5],
    [0, 'primer', 6],
    [0, 'prim', 4],
    [0, 'minister.', 9],
    [2, 'minister', 8],
    [0, '', 0],
  ])('finds no child of node %i by %j (first %i characters)', (parent, word, length) => {
    expect(edges.child(parent, word, length)).toBeUndefined();
  });

  it('keeps every one of many edges', () => {
    const many = Array.from({ length: 5000 }, (_, k) => ({ parent: k % 7, word: `w${k}`, child: k }));
    const table = createTrieEdges(many);
    expect(many.every((e) => table.child(e.parent, e.word, e.word.length) === e.child)).toBe(true);
    expect(table.child(1, 'w0', 2)).toBeUndefined();
  });
});
