import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET CODE modality" lines. */
const coded = createCodeCoder('2003-09-15');

// Issue 3: the violence of a crowd of protesters is a riot (145), not coercion or assault.
describe('force used by protesters', () => {
  it.each([
    ['property destroyed, in the passive', 'The Chilean embassy was demolished by a Peruvian protestor on Sunday.', 'PER>CHL'],
    ['property destroyed, in the active', 'Angry Bolivian demonstrators demolished the Chilean consulate.', 'BOLOPP>CHL'],
  ])('codes %s as a riot', (_name, text, expected) => {
    expect(coded(text).some((l) => l.startsWith(expected) && l.includes(' 145 '))).toBe(true);
  });

  it('keeps weapons of war as fighting', () => {
    expect(coded('Bolivian demonstrators fired rockets at the Bolivian army.').some((l) => l.includes(' 145 '))).toBe(false);
  });

  it('keeps force by anyone else as it is', () => {
    expect(coded('Peruvian soldiers demolished the Chilean consulate.').some((l) => l.includes(' 145 '))).toBe(false);
  });
});
