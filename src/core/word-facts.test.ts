import { describe, expect, it } from 'vitest';
import { Vocabulary } from './vocabulary.js';
import { UNKNOWN_FACT, WordFacts } from './word-facts.js';

describe('WordFacts', () => {
  it('reads unknown for a word id nothing was remembered for, and keeps what was', () => {
    const words = new Vocabulary();
    const facts = new WordFacts();
    const said = words.idOf('said');
    const table = facts.tableFor(words);
    expect(table[said]).toBe(UNKNOWN_FACT);
    table[said] = 8;
    expect(facts.tableFor(words)[said]).toBe(8);
  });

  it('covers ids given after the table was made, keeping earlier facts', () => {
    const words = new Vocabulary();
    const facts = new WordFacts();
    facts.tableFor(words)[words.idOf('met')] = 3;
    for (let i = 0; i < 5000; i++) words.idOf(`word${i}`);
    const table = facts.tableFor(words);
    expect(table.length).toBeGreaterThanOrEqual(words.size);
    expect([table[words.idOf('met')], table[words.idOf('word4999')]]).toEqual([3, UNKNOWN_FACT]);
  });

  it('starts again for another vocabulary, whose ids mean other words', () => {
    const first = new Vocabulary();
    const second = new Vocabulary();
    const facts = new WordFacts();
    facts.tableFor(first)[first.idOf('attack')] = 1;
    expect(facts.tableFor(second)[second.idOf('peace')]).toBe(UNKNOWN_FACT);
  });
});
