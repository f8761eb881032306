import { describe, it, expect } from 'vitest';
import { decodeUtf8Strict, isBlankText, looksBinary, wideUnicodeBom } from './input-bytes.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('looksBinary', () => {
  it.each([
    ['a NUL byte', bytes(0x41, 0x00, 0x42), true],
    ['mostly control bytes', bytes(0x01, 0x02, 0x03, 0x41, 0x04), true],
    ['plain text with tabs and CRLF', utf8('a\tb\r\nc\f'), false],
    ['UTF-8 prose in many scripts', utf8('Москва — بغداد — 北京'), false],
    ['one stray control byte in long text', utf8(`${'Iran met Iraq. '.repeat(10)}\u0007`), false],
    ['nothing', bytes(), false],
  ])('judges %s binary: %s', (_what, head, expected) => {
    expect(looksBinary(head)).toBe(expected);
  });
});

describe('wideUnicodeBom', () => {
  it.each([
    [bytes(0xff, 0xfe, 0x41, 0x00), 'UTF-16LE'],
    [bytes(0xfe, 0xff, 0x00, 0x41), 'UTF-16BE'],
    [bytes(0xff, 0xfe, 0x00, 0x00), 'UTF-32LE'],
    [bytes(0xef, 0xbb, 0xbf, 0x41), null],
  ])('names the byte-order mark of %j as %s', (head, expected) => {
    expect(wideUnicodeBom(head)).toBe(expected);
  });
});

describe('decodeUtf8Strict', () => {
  it('keeps a UTF-8 byte-order mark', () => {
    expect(decodeUtf8Strict(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe('\uFEFFA');
  });
  it.each([
    ['a lone continuation byte', bytes(0x41, 0x80)],
    ['a Latin-1 é', bytes(0x63, 0x61, 0x66, 0xe9)],
    ['a truncated sequence', bytes(0xe2, 0x82)],
  ])('refuses %s', (_what, b) => {
    expect(decodeUtf8Strict(b)).toBeNull();
  });
});

describe('isBlankText', () => {
  it.each([['', true], [' \n\t', true], ['\uFEFF\n', true], ['\n.\n', false]])('judges %j blank: %s', (text, expected) => {
    expect(isBlankText(text)).toBe(expected);
  });
});
