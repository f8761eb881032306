import { describe, expect, it } from 'vitest';
import type { Geocoder } from './geocoder.js';
import { createOfflineGeocoder } from './offline-geocoder.js';
import { createTableGeocoder } from './table-geocoder.js';

// The contract every Geocoder implementation keeps. A new implementation joins the table below.
const small = createTableGeocoder([
  { name: 'Baghdad', country: 'IRQ', lat: 33.34, lon: 44.4, geonamesId: 98182, placeKind: 'city', population: 7_216_000 },
  { name: 'Paris', country: 'FRA', lat: 48.85, lon: 2.35, geonamesId: 2988507, placeKind: 'city', population: 2_138_551 },
  { name: 'Paris', country: 'USA', lat: 33.66, lon: -95.56, geonamesId: 4717560, placeKind: 'city', population: 25_171 },
  { name: 'Georgia', country: 'GEO', lat: 41.69, lon: 44.83, geonamesId: null, placeKind: 'country', population: 0 },
  { name: 'Georgia', country: 'USA', lat: 32.75, lon: -83.5, geonamesId: null, placeKind: 'region', population: 10_700_000 },
  { name: 'Basra', aliases: ['Basrah'], country: 'IRQ', lat: 30.51, lon: 47.78, geonamesId: 99532, placeKind: 'city', population: 2_600_000 },
  { name: 'Green Zone', country: 'IRQ', lat: 33.3, lon: 44.39, geonamesId: null, placeKind: 'landmark', population: 7_216_000 },
]);

const implementations: [string, () => Geocoder][] = [
  ['offline geocoder', () => offline],
  ['table geocoder', () => small],
];
const offline = createOfflineGeocoder();

describe.each(implementations)('the Geocoder contract: %s', (_name, make) => {
  const geocoder = make();

  it.each([
    ['Baghdad', 'IRQ', 'city'],
    ['Paris', 'FRA', 'city'],
    ['Georgia', 'GEO', 'country'],
    ['Green Zone', 'IRQ', 'landmark'],
    ['Basrah', 'IRQ', 'city'],
  ])("finds '%s' in %s as a %s", (name, country, kind) => {
    expect(geocoder.lookup(name)).toMatchObject({ country, placeKind: kind });
  });

  it.each(['baghdad', 'BAGHDAD', 'the Baghdad', '  Baghdad  '])("ignores case, spacing and a leading 'the': '%s'", (name) => {
    expect(geocoder.lookup(name)?.name).toBe('Baghdad');
  });

  it('prefers the place in a context country', () => {
    expect(geocoder.lookup('Georgia', { countries: ['USA'] })).toMatchObject({ country: 'USA', placeKind: 'region' });
    expect(geocoder.lookup('Georgia', { countries: ['RUS'] })?.country).toBe('GEO');
  });

  it('keeps a world city over a small namesake in a context country', () => {
    expect(geocoder.lookup('Paris', { countries: ['USA'] })?.country).toBe('FRA');
  });

  it.each(['Zzyzxville', '', 'the'])("returns null for '%s', a name it does not know", (name) => {
    expect(geocoder.lookup(name)).toBeNull();
    expect(geocoder.isKnown(name)).toBe(false);
  });

  it('agrees with itself: isKnown is true exactly when lookup finds a place', () => {
    for (const name of ['Baghdad', 'Green Zone', 'Nowhere Town']) expect(geocoder.isKnown(name)).toBe(geocoder.lookup(name) !== null);
  });

  it('returns well-formed, frozen places', () => {
    const place = geocoder.lookup('Baghdad')!;
    expect(place.country).toMatch(/^[A-Z]{3}$/);
    expect(Math.abs(place.lat)).toBeLessThanOrEqual(90);
    expect(Math.abs(place.lon)).toBeLessThanOrEqual(180);
    expect(Object.isFrozen(place)).toBe(true);
  });
});
