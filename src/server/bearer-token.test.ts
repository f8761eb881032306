import { describe, expect, it } from 'vitest';
import { bearerTokenMatches } from './bearer-token.js';

describe('bearerTokenMatches', () => {
  it.each([
    ['Bearer s3cret-token', true],
    ['bearer s3cret-token', true],
    ['Bearer  s3cret-token ', true],
    ['Bearer s3cret-toke', false],
    ['Bearer s3cret-token2', false],
    ['Basic s3cret-token', false],
    ['s3cret-token', false],
    ['Bearer ', false],
    ['', false],
    [undefined, false],
  ])('%j -> %s', (header, expected) => {
    expect(bearerTokenMatches(header, 's3cret-token')).toBe(expected);
  });
});
