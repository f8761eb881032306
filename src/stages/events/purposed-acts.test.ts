import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET CODE modality" lines. */
const coded = createCodeCoder('2003-09-15');

// Issue 3: an infinitive of purpose after a noun phrase tells what the reported act is for, not an act done.
describe('acts of purpose', () => {
  it('reads the act after the place troops went to as hypothetical', () => {
    const lines = coded('Uganda deployed troops to the border to attack the rebels.').filter((l) => l.includes(' 18'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.endsWith('hypothetical'))).toBe(true);
  });

  it('never reads the act after the party offered to as done (the offer is the event; see offered-acts.ts)', () => {
    const lines = coded('Kenya has offered its troops to the Somali government to help it drive out the militants.');
    expect(lines.some((l) => l.includes(' 03'))).toBe(true);
    expect(lines.filter((l) => l.includes(' 07') && l.endsWith('asserted'))).toEqual([]);
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
