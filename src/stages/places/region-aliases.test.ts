import { describe, expect, it } from 'vitest';
import { createOfflineGeocoder } from './offline-geocoder.js';

const geocoder = createOfflineGeocoder();

// Issue 3: states and provinces are places of their country, before any small town of the same name.
describe('states and provinces (data/places/aliases.tsv)', () => {
  it.each([
    ['Alaska', 'USA'],
    ['South Carolina', 'USA'],
    ['Florida', 'USA'],
    ['Ontario', 'CAN'],
    ['Georgia', 'GEO'],
  ])("geocodes '%s' to %s", (name, country) => {
    expect(geocoder.lookup(name, { locative: true })?.country).toBe(country);
  });
});
