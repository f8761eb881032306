import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

const coded = createCodeCoder('2010-06-01');

// Issue 3: pressure and urging in the passive, or as "faces pressure from X", are X's demand or appeal of the subject.
describe('pressure and urging received by the subject', () => {
  it.each([
    ['Peru is being pressured by Chile to release the fishermen.', 'CHL>PER 1053 asserted'],
    ['Peru was urged by Chile to release the fishermen.', 'CHL>PER 0253 asserted'],
    ['Peru faces pressure from Chile to release the fishermen.', 'CHL>PER 1053 asserted'],
    ['Bolivia came under pressure from Chile to lift the ban.', 'CHL>BOL 1051 asserted'],
  ])('codes "%s" as %s', (text, line) => {
    expect(coded(text)).toContain(line);
  });

  it('makes the urged subject, not the one urging, the actor of the act urged', () => {
    expect(coded('Peru was urged by Chile to release the fishermen.').some((l) => l.startsWith('PER>') && l.includes(' 0841 hypothetical'))).toBe(true);
  });

  it('codes no aid by anyone for the act that pressure asks for', () => {
    expect(coded('Peru faces pressure from Chile to help Bolivia.').some((l) => / 07\d* asserted/.test(l))).toBe(false);
  });
});
