import { describe, expect, it } from 'vitest';
import { claimOf, dayNumber, distanceKm, mayMerge, placesCompatible, type Happening } from './merge-rule.js';

const base: Happening = {
  sourceCode: 'USAGOV', targetCode: 'IRNGOV', family: '040', claim: 'factual', day: dayNumber('2007-05-28'),
  country: 'IRQ', lat: 33.34, lon: 44.4, geocoded: true,
};

describe('the merge rule', () => {
  it('merges the same dyad, code family and claim a day apart in the same city', () => {
    expect(mayMerge({ ...base, day: base.day! + 1 }, base, false)).toBe(true);
  });

  it.each([
    ['another source', { sourceCode: 'USAMIL' }],
    ['the reverse direction', { sourceCode: 'IRNGOV', targetCode: 'USAGOV' }],
    ['another code family', { family: '042' }],
    ['a negated claim', { claim: 'negated' }],
    ['two days apart', { day: base.day! + 2 }],
    ['another country', { country: 'IRN', lat: 35.7, lon: 51.4 }],
    ['a city 500 km away', { lat: 30.5, lon: 47.8 }],
  ])('keeps apart a mention with %s', (_, change) => {
    expect(mayMerge({ ...base, ...change }, base, false)).toBe(false);
  });

  it('lets an undated mention join only events of its own article', () => {
    const undated = { ...base, day: null };
    expect(mayMerge(undated, base, true)).toBe(true);
    expect(mayMerge(undated, base, false)).toBe(false);
  });

  it('treats an unknown place as compatible with any place', () => {
    expect(placesCompatible({ ...base, country: null, lat: null, lon: null, geocoded: false }, base)).toBe(true);
  });

  it('treats a country-level place as compatible with any city of that country', () => {
    expect(placesCompatible({ ...base, lat: 33, lon: 43.7, geocoded: false }, { ...base, lat: 30.5, lon: 47.8 })).toBe(true);
  });

  it.each([
    ['asserted', 'factual'], ['reported', 'factual'], ['alleged', 'factual'],
    ['negated', 'negated'], ['future', 'future'], ['hypothetical', 'hypothetical'], ['historical', 'historical'],
  ] as const)('puts %s claims in the %s class', (modality, claim) => {
    expect(claimOf(modality)).toBe(claim);
  });

  it('measures great-circle distances in kilometres (Baghdad to Basra is about 450 km)', () => {
    expect(distanceKm(33.34, 44.4, 30.51, 47.78)).toBeGreaterThan(430);
    expect(distanceKm(33.34, 44.4, 30.51, 47.78)).toBeLessThan(470);
  });

  it('numbers days from 1970-01-01', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2007-05-28') - dayNumber('2007-05-27')).toBe(1);
  });
});
