/**
 * Character tests of the place scan, on char codes so that the hot loop builds no strings and runs
 * no regular expression.
 */

/**
 * True when a word starts with a capital letter (ASCII, or any character with a lower-case form).
 *
 * @example
 * isCapitalised('Baghdad') // true
 * isCapitalised('talks')   // false
 */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0] !== word[0].toLowerCase());
}

/**
 * A regular-expression white-space character (`\s`).
 *
 * @example
 * isSpaceCode(0xa0) // true (no-break space)
 */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * True for a character that keeps a phrase's leading run from running on after a token of letters
 * and digits: white space, an apostrophe, sentence punctuation, a closing bracket or quote, a dash.
 *
 * @example
 * isRunBreak("'".charCodeAt(0)) // true ("Baghdad's")
 */
export function isRunBreak(c: number): boolean {
  switch (c) {
    case 39: case 0x2019: case 46: case 44: case 59: case 58: case 33: case 63: case 41: case 34: case 0x201d:
    case 45: case 0x2013: case 0x2014:
      return true;
    default:
      return isSpaceCode(c);
  }
}

/**
 * True when `word` keeps a character of its own in a name key: not only white space and
 * combining accents (U+0300 to U+036F), which keys drop.
 *
 * @example
 * isSolidWord('Kabul') // true
 * isSolidWord('\u0301') // false
 */
export function isSolidWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!isSpaceCode(c) && !(c >= 0x300 && c <= 0x36f)) return true;
  }
  return false;
}
