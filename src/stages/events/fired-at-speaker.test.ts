import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

const coded = createCodeCoder('2014-09-16');

// Issue 3: a speaker that says force was aimed at it from a place accuses that place's actor (112).
describe('speakers who say force was fired at them from a place', () => {
  it.each([
    ['Israel said a rocket was fired at it from the Gaza Strip overnight.', 'ISR>PSE 112 asserted'],
    ['Turkey says two shells were fired at it from Syrian territory.', 'TUR>SYR 112 asserted'],
  ])('codes "%s" as an accusation (%s)', (text, line) => {
    const lines = coded(text);
    expect(lines).toContain(line);
    expect(lines.filter((l) => / 19\d* /.test(l))).toEqual([]);
  });

  it('leaves force from a place that was not aimed at the speaker as the act', () => {
    const lines = coded('Israel said rockets were fired from the Gaza Strip.');
    expect(lines.some((l) => l.includes(' 112 '))).toBe(false);
  });
});
