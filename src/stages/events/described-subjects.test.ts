import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

const coded = createCodeCoder('2010-06-01');

// Issue 3: a participle phrase with a gerund ("jailed for spying on Peru") describes the subject; the main verb still finds it.
describe('subjects described by a participle phrase with a gerund', () => {
  it('finds "the journalists jailed for spying on Peru" as the ones freed', () => {
    expect(coded('The Chilean journalists jailed for spying on Peru were freed by the Peruvian government.').some((l) => l.startsWith('PERGOV>CHLMED 0841'))).toBe(true);
  });

  it('reads a participle before "for" and a gerund as a reduced passive: its noun is the one acted on', () => {
    expect(coded('The Chilean journalists jailed for spying on Peru were freed by the Peruvian government.').some((l) => l.startsWith('CHLMED>'))).toBe(false);
  });
});
