import { describe, it, expect } from 'vitest';
import { isIsoDate, normalisePublicationDate } from './publication-date.js';

describe('isIsoDate', () => {
  it.each([
    ['2024-03-05', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-3-5', false],
    ['05/03/2024', false],
    ['2024-03-05T10:00:00Z', false],
  ])('reads %s as %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('normalisePublicationDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T10:00:00+02:00', '2024-03-05'],
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-03-05 08:15', '2024-03-05'],
    ['20240305T081500Z', '2024-03-05'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['  2024-03-05  ', '2024-03-05'],
    ['2024-02-30', null],
    ['1709632800', null],
    ['yesterday', null],
    ['', null],
  ])('normalises %j to %j', (value, expected) => {
    expect(normalisePublicationDate(value)).toBe(expected);
  });

  it('gives null for a missing value', () => {
    expect(normalisePublicationDate(null)).toBeNull();
    expect(normalisePublicationDate(undefined)).toBeNull();
  });
});
