import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('crc32', () => {
  it.each([
    ['', 0x00000000],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
    ['IEND', 0xae426082],
  ])('gives the CRC-32 of %j', (text, expected) => {
    expect(crc32(bytes(text))).toBe(expected);
  });

  it('chains over parts', () => {
    expect(crc32(bytes('6789'), crc32(bytes('12345')))).toBe(0xcbf43926);
  });
});
