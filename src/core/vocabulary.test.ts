import { describe, expect, it } from 'vitest';
import { VOCABULARY_LIMIT, Vocabulary } from './vocabulary.js';

describe('Vocabulary', () => {
  it('gives words dense ids in order of first sight, the same id every time', () => {
    const words = new Vocabulary();
    expect(['talks', 'with', 'talks', 'tehran', 'with'].map((w) => words.idOf(w))).toEqual([0, 1, 0, 2, 1]);
    expect(words.size).toBe(3);
  });

  it('gives back the word of an id', () => {
    const words = new Vocabulary();
    words.idOf('ceasefire');
    expect(words.wordOf(words.idOf('truce'))).toBe('truce');
  });

  it('tells words apart by case (ids are for exact strings)', () => {
    const words = new Vocabulary();
    expect(words.idOf('US')).not.toBe(words.idOf('us'));
  });

  it('gives no id (-1) to new words once full, and keeps the ids it gave', () => {
    const words = new Vocabulary();
    for (let i = 0; i < VOCABULARY_LIMIT; i++) words.idOf(`w${i}`);
    expect([words.idOf('one-too-many'), words.idOf('w7')]).toEqual([-1, 7]);
  });
});
