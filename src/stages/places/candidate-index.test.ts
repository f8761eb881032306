import { describe, expect, it } from 'vitest';
import { addCandidate, geocoderOver, type CandidateIndex } from './candidate-index.js';
import type { GeoPlace } from './geocoder.js';
import { placeKey } from './place-key.js';

function indexOf(names: readonly string[]): CandidateIndex {
  const index: CandidateIndex = new Map();
  names.forEach((name, n) => {
    const place: GeoPlace = { name, country: 'USA', lat: 0, lon: 0, geonamesId: n + 1, placeKind: 'city', population: 50_000 };
    addCandidate(index, placeKey(name), { place, prior: 5, ambiguousName: false });
  });
  return index;
}

describe('geocoder over a candidate index', () => {
  const geocoder = geocoderOver(indexOf(['New York', 'New York City', 'Newark', 'The Hague', 'Port-au-Prince']));

  it.each([
    ['new', 3],
    ['newark', 1],
    ['hague', 1],
    ['port', 1],
    ['boston', 0],
  ])('knows that names with the leading run %j have at most %i words', (run, words) => {
    expect(geocoder.longestNameWords?.(run)).toBe(words);
  });

  it('may start a name only with a run some name key has', () => {
    expect(geocoder.mayStartName?.('new')).toBe(true);
    expect(geocoder.mayStartName?.('york')).toBe(false);
  });
});
