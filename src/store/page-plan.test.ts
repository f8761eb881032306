import { describe, expect, it } from 'vitest';
import { cheaperWalk, type PageCounts } from './page-plan.js';

describe('cheaperWalk', () => {
  it.each<[string, PageCounts, number, number, 'ids' | 'days']>([
    ["walks ids when a busy actor's year holds many matches", { keyTotal: 200_000, keyWindow: 20_000, matches: 5_000, allWindow: 100_000 }, 26, 20_000, 'ids'],
    ['reads the days of a short window with few matches', { keyTotal: 200_000, keyWindow: 400, matches: 10, allWindow: 2_000 }, 26, 400, 'days'],
    ['reads the days when nothing in the window matches', { keyTotal: 50_000, keyWindow: 1_000, matches: 0, allWindow: 5_000 }, 101, 1_000, 'days'],
    ['walks ids when the key is small', { keyTotal: 300, keyWindow: 100, matches: 50, allWindow: 100_000 }, 101, 100_000, 'ids'],
  ])('%s', (_, counts, take, dayRows, expected) => {
    expect(cheaperWalk(counts, take, dayRows)).toBe(expected);
  });
});
