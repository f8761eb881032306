import { describe, expect, it } from 'vitest';
import { lastWord } from './compose.js';

describe('lastWord', () => {
  it.each([
    ['Nuri al-Maliki', 'al-Maliki'],
    ['Ali Rezaei ', 'Rezaei'],
    ['Sen', 'Sen'],
    ['Hun\u00a0Sen', 'Sen'],
    ['  Kim \t Jong-un\n', 'Jong-un'],
  ])('gives %j the last word %j, as splitting on whitespace does', (name, word) => {
    expect(lastWord(name)).toBe(word);
    expect(lastWord(name)).toBe(name.split(/\s+/).filter(Boolean).pop());
  });

  it.each(['', ' ', '\u3000\t'])('gives %j no last word', (name) => {
    expect(lastWord(name)).toBeNull();
  });
});
