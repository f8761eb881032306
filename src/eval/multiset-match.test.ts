import { describe, expect, it } from 'vitest';
import { matchMultiset } from './multiset-match.js';

const same = (key: string) => key;

describe('matchMultiset', () => {
  it('matches each gold item to at most one prediction', () => {
    expect(matchMultiset(['a'], ['a', 'a'], same)).toEqual({ matched: 1, unmatchedGold: [], unmatchedPredicted: [1] });
  });

  it('leaves a repeated gold item unmatched when it was predicted once', () => {
    expect(matchMultiset(['a', 'a'], ['a'], same)).toEqual({ matched: 1, unmatchedGold: [1], unmatchedPredicted: [] });
  });

  it('ignores order', () => {
    expect(matchMultiset(['a', 'b', 'c'], ['c', 'x', 'a'], same)).toEqual({ matched: 2, unmatchedGold: [1], unmatchedPredicted: [1] });
  });

  it('compares by the keys of each side', () => {
    const m = matchMultiset([{ k: 'a' }], ['A'], (g) => g.k, (p) => p.toLowerCase());
    expect(m.matched).toBe(1);
  });
});
