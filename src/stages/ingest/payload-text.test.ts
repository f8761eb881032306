import { describe, it, expect } from 'vitest';
import { declaredCharset, decodePayload, payloadKind } from './payload-text.js';

const latin1 = (s: string): Uint8Array => Buffer.from(s, 'latin1');

describe('payloadKind', () => {
  it.each([
    ['text/html; charset=utf-8', '', 'html'], ['application/xhtml+xml', '', 'html'], ['text/plain', '', 'text'],
    ['image/png', '', null], ['application/pdf', '', null], ['text/css', '', null],
    [null, '<!DOCTYPE html><html>', 'html'], [null, '  <html lang="en">', 'html'], [null, 'GIF89a', null],
  ])('takes %s (body %j) for %s', (type, body, kind) => {
    expect(payloadKind(type, latin1(body))).toBe(kind);
  });
});

describe('decodePayload', () => {
  it.each([
    ['UTF-8 by default', null, 'html', Buffer.from('Bogotá'), { text: 'Bogotá' }],
    ['the Content-Type charset', 'text/plain; charset=windows-1252', 'text', latin1('Bogot\xe1'), { text: 'Bogotá' }],
    ['a <meta charset> in HTML', 'text/html', 'html', latin1('<meta charset="iso-8859-1"><p>Bogot\xe1</p>'), { text: '<meta charset="iso-8859-1"><p>Bogotá</p>' }],
    ['undeclared bytes that are not UTF-8', 'text/plain', 'text', latin1('Bogot\xe1'), { reason: 'the payload is not valid UTF-8 and declares no charset' }],
    ['an unknown charset', 'text/plain; charset=x-martian', 'text', latin1('x'), { reason: "the payload declares the charset 'x-martian', which Parley cannot decode" }],
  ] as const)('decodes by %s', (_what, type, kind, body, expected) => {
    expect(decodePayload(body, type, kind)).toEqual(expected);
  });

  it.each([
    ['text/html; charset="ISO-8859-1"', 'ISO-8859-1'], ['text/html;charset=utf-8', 'utf-8'], ['text/html', null],
  ])('reads the charset of %s as %s', (type, charset) => {
    expect(declaredCharset(type)).toBe(charset);
  });
});
