import { describe, expect, it } from 'vitest';
import { isParserWord } from './calendar-words.js';

describe('isParserWord', () => {
  it.each([
    ['monday', true],
    ['sept.', true],
    ['tonight', true],
    ['2007', true],
    ['1.5', true],
    ['two-year', true],
    ['mid-march', true],
    ['al-maliki', false],
    ["'s", false],
    [',', false],
    ['talks', false],
    ['u.s.', false],
    ['x-mon', true],
    ['m-o', false],
  ])('takes %j as a word the parser could read: %s', (word, expected) => {
    expect(isParserWord(word)).toBe(expected);
  });
});
