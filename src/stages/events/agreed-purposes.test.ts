import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET CODE modality" lines. */
const coded = createCodeCoder('2003-09-15');

// Issue 3: an agreement with no content of its own, followed by what was agreed, is the intent to do it.
describe('agreements with a purpose infinitive', () => {
  it.each([
    ['Colombia and Ecuador reached a consensus to exchange data on smuggling across their frontier.', 'COL>ECU 0314 asserted'],
    ['Egypt and Jordan reached an understanding to reopen the border crossing.', 'EGY>JOR 0356 asserted'],
  ])('codes "%s" as the intent of the agreed act (%s)', (text, line) => {
    expect(coded(text)).toContain(line);
  });

  it('reports no generic agreement and no act done beside the intent', () => {
    const lines = coded('Egypt and Jordan reached an understanding to reopen the border crossing.');
    expect(lines.filter((l) => / 030 | 08\d* /.test(l))).toEqual([]);
  });

  it('keeps the intent read from a commissive verb ("agreed to provide aid" is 033)', () => {
    expect(coded('Peru agreed on Saturday to provide aid to Bolivia.')).toContain('PER>BOL 033 asserted');
  });
});
