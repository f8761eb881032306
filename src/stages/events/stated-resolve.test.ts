import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

const coded = createCodeCoder('2008-08-06');

// Issue 3: being "determined", "resolved" or "keen" to cooperate is a commitment to do so (root 03), not the act.
describe('a stated resolve to cooperate', () => {
  it.each([
    ['Chile said on Monday it was determined to mend its ties with Peru.', 'CHL>PER 032'],
    ['Chile is determined to restore ties with Peru.', 'CHL>PER 032'],
  ])('codes "%s" as an intent (%s)', (text, line) => {
    const lines = coded(text);
    expect(lines.some((l) => l.startsWith(line))).toBe(true);
    expect(lines.some((l) => / 05\d* /.test(l))).toBe(false);
  });
});
