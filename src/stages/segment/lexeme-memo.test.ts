import { describe, expect, it } from 'vitest';
import { LexemeMemo } from './lexeme-memo.js';

const VALUES: Readonly<Record<number, string>> = Object.freeze({ 3: 'Met', 90000: 'Qorvath' });

describe('LexemeMemo', () => {
  it('gives a lexeme\'s value and lower-cased value, reading the value once', () => {
    let reads = 0;
    const memo = new LexemeMemo((id) => {
      reads++;
      return VALUES[id];
    });
    expect([memo.lexeme(90000).value, memo.lexeme(90000).lower, memo.lexeme(3).lower]).toEqual(['Qorvath', 'qorvath', 'met']);
    expect(reads).toBe(2);
  });

  it('remembers lemmas per lexeme and tag, the first tag on the lexeme and later ones beside it', () => {
    const memo = new LexemeMemo((id) => VALUES[id]);
    const met = memo.lexeme(3);
    expect(memo.lemma(met, 3, 15)).toBeUndefined();
    memo.setLemma(met, 3, 15, 'meet');
    memo.setLemma(met, 3, 7, 'met');
    expect([memo.lemma(met, 3, 15), memo.lemma(met, 3, 7), memo.lemma(met, 3, 0)]).toEqual(['meet', 'met', undefined]);
  });

  it('gives a lexeme\'s lower-cased value and its first lemma their word ids', () => {
    const ids = new Map<string, number>();
    const memo = new LexemeMemo((id) => VALUES[id], (word) => ids.get(word) ?? ids.set(word, ids.size).get(word)!);
    const met = memo.lexeme(3);
    memo.setLemma(met, 3, 15, 'meet');
    expect([met.lowerId, met.lemmaId]).toEqual([ids.get('met'), ids.get('meet')]);
  });

  it('gives no word ids (-1) without a vocabulary', () => {
    const memo = new LexemeMemo((id) => VALUES[id]);
    const met = memo.lexeme(3);
    memo.setLemma(met, 3, 15, 'meet');
    expect([met.lowerId, met.lemmaId]).toEqual([-1, -1]);
  });
});
