import { describe, expect, it } from 'vitest';
import { createPairCoder } from './coded-pairs.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET ROOT" lines. */
const coded = createPairCoder('1995-06-01');

// Issue 3: one event per source-target pair, never a country acting on itself.
describe('expanding a found event into pairs', () => {
  it('makes a mutual act of a compound go both ways when its target is one of the compound\'s own countries', () => {
    const out = coded('Peru and Ecuador resumed talks on Monday on a Peruvian troop withdrawal from the border.');
    expect(out).toEqual(expect.arrayContaining(['PER>ECU 04', 'ECU>PER 04']));
    expect(out).not.toContain('PER>PER 04');
  });

  it('leaves no target rather than make a bare country act on itself', () => {
    const out = coded('Chile rejected the Chilean proposal.');
    expect(out.some((line) => line.startsWith('CHL>CHL'))).toBe(false);
  });
});
