import { placeKey } from './place-key.js';

/**
 * A 32-bit hash of a string's UTF-16 code units (FNV-1a with a final mix, so that the low bits
 * depend on every unit): the slot of a name in the geocoder's compact tables.
 *
 * @example
 * nameHash('baghdad') === phraseKeyHash('in Baghdad', 3, 10) // true
 */
export function nameHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix(h);
}

/**
 * `nameHash(placeKey(text.slice(start, end)))`, without building the key when the phrase is plain
 * ASCII with single spaces (then the key is the phrase lower-cased, less a leading "the ").
 *
 * @example
 * phraseKeyHash('met in The Hague', 7, 16) === nameHash('hague') // true
 */
export function phraseKeyHash(text: string, start: number, end: number): number {
  let from = start;
  if (end - start > 4 && (text.charCodeAt(start) | 32) === 116 && (text.charCodeAt(start + 1) | 32) === 104
    && (text.charCodeAt(start + 2) | 32) === 101 && text.charCodeAt(start + 3) === 32) from = start + 4;
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128 || (c >= 9 && c <= 13)) return nameHash(placeKey(text.slice(start, end)));
    if (c === 32 && (i === start || i === end - 1 || text.charCodeAt(i - 1) === 32)) return nameHash(placeKey(text.slice(start, end)));
    if (i < from) continue;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return mix(h);
}

function mix(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}
