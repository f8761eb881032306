import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET CODE modality" lines. */
const coded = createCodeCoder('2003-09-15');

// Issue 3: an infinitive of purpose after a noun phrase tells what the reported act is for, not an act done.
describe('acts of purpose', () => {
  it.each([
    ['after the party offered to', 'Kenya has offered its troops to the Somali government to help it drive out the militants.', ' 07'],
    ['after the place troops went to', 'Uganda deployed troops to the border to attack the rebels.', ' 18'],
  ])('reads the act %s as hypothetical', (_name, text, root) => {
    const lines = coded(text).filter((l) => l.includes(root));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.endsWith('hypothetical'))).toBe(true);
  });

  it('keeps an infinitive that is the only event', () => {
    expect(coded('Troops from Chile are in Peru to help the flood victims.').some((l) => !l.endsWith('hypothetical'))).toBe(true);
  });
});

// Issue 3: a time phrase between a control verb and its "to" still leaves the verb in control.
describe('control verbs past a time phrase', () => {
  it('reads "agreed on Saturday to provide aid" as an intent to give aid', () => {
    expect(coded('Peru agreed on Saturday to provide aid to Bolivia.')).toContain('PER>BOL 033 asserted');
  });
});
