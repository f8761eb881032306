import type { TokenSentence } from './token-dates.js';

/** True when only white space lies between two offsets (and there is some). */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let p = from; p < to; p++) if (!isSpace(text.charCodeAt(p))) return false;
  return true;
}

/** True when a word may start at `offset`: the sentence's start or after a non-word character. */
export function wordStartsAt(text: string, sentence: TokenSentence, offset: number): boolean {
  return offset === sentence.span[0] || !isWordChar(text.charCodeAt(offset - 1));
}

/** A regular-expression word character (`\\w`). */
export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** A regular-expression white-space character (`\\s`). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 160 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
}
