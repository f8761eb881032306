import { describe, expect, it } from 'vitest';
import { rememberTransformer, type WinkTransformer } from './transformer-memo.js';

/** A transformer written for these tests: answers from the input, the token's lexeme id and its spacing, counting its calls. */
function countingTransformer(): { transform: WinkTransformer; calls: () => number } {
  let calls = 0;
  const transform: WinkTransformer = (token, _cache, raw, i) => {
    calls++;
    return typeof token === 'number' ? token * 10 + raw[4 * i] + ((raw[4 * i + 1] & 0xffff) === 0 ? 0 : 1000) : token;
  };
  return { transform, calls: () => calls };
}

// Two tokens of lexeme 7: the first after a space, the second attached.
const RAW: readonly number[] = [7, 1, 0, 0, 7, 0, 0, 0];

describe('rememberTransformer', () => {
  it('answers as the transformer does, asking it once per lexeme, spacing and input', () => {
    const { transform, calls } = countingTransformer();
    const remembered = rememberTransformer(transform, () => 100);
    expect([remembered(5, null, RAW, 0), remembered(5, null, RAW, 1), remembered(5, null, RAW, 0), remembered(5, null, RAW, 1)]).toEqual([1057, 57, 1057, 57]);
    expect(calls()).toBe(2);
    expect(remembered(6, null, RAW, 0)).toBe(1067);
    expect(calls()).toBe(3);
  });

  it.each([
    ['a number past the lexicon', 101],
    ['a fraction', 5.5],
    ['a string', 'pattern'],
  ])('always asks the transformer for %s', (_, input) => {
    const { transform, calls } = countingTransformer();
    const remembered = rememberTransformer(transform, () => 100);
    remembered(input, null, RAW, 0);
    remembered(input, null, RAW, 0);
    expect(calls()).toBe(2);
  });
});
