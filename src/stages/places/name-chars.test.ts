import { describe, expect, it } from 'vitest';
import { isCapitalised, isRunBreak, isSolidWord, isSpaceCode } from './name-chars.js';

describe('the character tests of the place scan', () => {
  it('agree with /\\s/ on every UTF-16 code unit', () => {
    const differ = codeUnits().filter((c) => isSpaceCode(c) !== /\s/.test(String.fromCharCode(c)));
    expect(differ).toEqual([]);
  });

  it('agree with the run-break class on every UTF-16 code unit', () => {
    const runBreak = /[\s'\u2019.,;:!?)"\u201d\-\u2013\u2014]/;
    const differ = codeUnits().filter((c) => isRunBreak(c) !== runBreak.test(String.fromCharCode(c)));
    expect(differ).toEqual([]);
  });

  it.each([
    ['Baghdad', true],
    ['Ürümqi', true],
    ['talks', false],
    ['\u201cQuoted', false],
    ['1990', false],
  ])('takes %j as capitalised: %s', (word, capitalised) => {
    expect(isCapitalised(word)).toBe(capitalised);
  });

  it.each([
    ['Kabul', true],
    ['\u0301', false],
    [' ', false],
    ['\u0301a', true],
  ])('takes %j as keeping a character in a key: %s', (word, solid) => {
    expect(isSolidWord(word)).toBe(solid);
  });
});

function codeUnits(): number[] {
  return Array.from({ length: 0x10000 }, (_, c) => c);
}
