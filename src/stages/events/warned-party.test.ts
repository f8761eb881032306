import { describe, expect, it } from 'vitest';
import { createPairCoder } from './coded-pairs.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET ROOT" lines. */
const coded = createPairCoder('2005-03-10');

// Issue 3: a warning whose "that" clause says what the warner's side will do to a named party.
describe('warnings that name the party warned about', () => {
  it.each([
    ['a state body as the clause subject', "Egypt's interior minister warned that police will not tolerate protests by the Muslim Brotherhood.", 'EGYGOV>EGYOPP 13'],
    ['the warner itself as "it"', 'Israel warned that it would respond to any attack by Hezbollah.', 'ISR>LBNREB 13'],
  ])('threatens that party with %s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('takes the clause subject as source when the warner is unknown', () => {
    expect(coded('The security chief warned that police will not tolerate rallies by the opposition group.')).toContain('---COP>---OPP 13');
  });

  it('leaves a warning about what another will do alone', () => {
    expect(coded('The UN warned that Sudan would face sanctions.').some((l) => l.endsWith(' 13') && l.includes('>SDN'))).toBe(false);
  });
});
