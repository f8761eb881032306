import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET CODE modality" lines. */
const coded = createCodeCoder('2003-09-15');

// Issue 3: rejecting a proposal of an act is refusing that act.
describe('rejected proposals', () => {
  it.each([
    ['Peru rejected the Chilean proposal for a cease-fire along the river.', 'PER>CHL 1246 asserted'],
    ['Bolivia rejected the accord.', 'BOL>- 127 asserted'],
  ])('codes "%s" as the refusal of the act proposed (%s)', (text, line) => {
    expect(coded(text)).toContain(line);
  });

  it('drops the proposed act, which nobody did', () => {
    expect(coded('Peru rejected the Chilean proposal for a cease-fire along the river.').filter((l) => / 08\d* /.test(l))).toEqual([]);
  });

  it.each([
    ['Syria rejected the Turkish statement on Monday.', 'SYR>TUR 120 asserted'],
    ['Syria rejected the Turkish demands, and accepted aid from Iran.', 'SYR>TUR 120 asserted'],
  ])('keeps a plain rejection when its object names no act of cooperation: "%s"', (text, line) => {
    expect(coded(text)).toContain(line);
  });
});
