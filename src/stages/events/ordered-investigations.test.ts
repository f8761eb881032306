import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

const coded = createCodeCoder('2012-03-01');

// Issue 3: CAMEO codes 09 only for investigations under way or done; ordering or demanding one is a demand (10).
describe('investigations ordered or demanded, and investigations opened', () => {
  it.each([
    ['Chile ordered an investigation against Peru.', 'CHL>PER 1014 asserted'],
    ['The Bolivian president ordered an inquiry into the shooting.', 'BOLGOV>- 1014 asserted'],
    ['Peru opened an investigation against Chile.', 'PER>CHL 090 asserted'],
    ['Peru launched an investigation into Chile.', 'PER>CHL 090 asserted'],
  ])('codes "%s" as %s', (text, line) => {
    expect(coded(text)).toContain(line);
  });

  it('reads "alleged" after a noun, before a that-clause, as the verb', () => {
    expect(coded('A Chilean report alleged that Peru was aware of the plans.')).toContain('CHL>PER 112 asserted');
  });
});
