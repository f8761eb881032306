import { describe, expect, it } from 'vitest';
import type { CityColumns } from './city-file.js';
import { cityIndex } from './city-table.js';
import type { PlaceCandidate } from './place-candidate.js';

/** Columns of a few invented rows: [id, name, altName, alpha-2, population, capital]. */
function columnsOf(rows: readonly (readonly [number, string, string, string, number, boolean])[]): CityColumns {
  const countries = [...new Set(rows.map((r) => r[3]))];
  return {
    count: rows.length,
    ids: Int32Array.from(rows, (r) => r[0]),
    population: Float64Array.from(rows, (r) => r[4]),
    lat: Float64Array.from(rows, (_, i) => i),
    lon: Float64Array.from(rows, (_, i) => -i),
    country: Uint16Array.from(rows, (r) => countries.indexOf(r[3])),
    countries,
    capital: Uint8Array.from(rows, (r) => (r[5] ? 1 : 0)),
    name: (row, alt) => (alt ? rows[row][2] : rows[row][1]),
  };
}

const alpha3: Record<string, string> = { IQ: 'IRQ', US: 'USA', GB: 'GBR' };
const toAlpha3 = (alpha2: string): string | undefined => alpha3[alpha2];

describe('cityIndex', () => {
  const { index, keys } = cityIndex(columnsOf([
    [1, 'Baghdad', '', 'IQ', 7_000_000, true],
    [2, 'Basrah', 'Basra', 'IQ', 2_000_000, false],
    [3, 'Reading', '', 'GB', 300_000, false],
    [4, 'Basra', '', 'US', 2_000, false],
    [5, 'Nowhere', '', 'XX', 50_000, false],
    [2, 'Basra', '', 'IQ', 2_000_000, false],
  ]), toAlpha3, new Set(['reading']));

  it('finds a city under the key of its name and of its alternate name', () => {
    expect(index.candidates('baghdad', []).map((c) => c.place.name)).toEqual(['Baghdad']);
    expect(index.candidates('basrah', []).map((c) => c.place.geonamesId)).toEqual([2]);
  });

  it('keeps table order under one key, and a GeoNames id only once', () => {
    expect(index.candidates('basra', []).map((c) => [c.place.geonamesId, c.place.country])).toEqual([[2, 'IRQ'], [4, 'USA']]);
  });

  it('leaves out a city whose id the team already lists under that key', () => {
    const ours = { place: { geonamesId: 2 } } as PlaceCandidate;
    expect(index.candidates('basra', [ours]).map((c) => c.place.geonamesId)).toEqual([4]);
  });

  it('builds the place with its alpha-3 country, kind, population and a capital prior', () => {
    const [baghdad] = index.candidates('baghdad', []);
    expect(baghdad.place).toEqual({ name: 'Baghdad', country: 'IRQ', lat: 0, lon: -0, geonamesId: 1, placeKind: 'city', population: 7_000_000 });
    expect(baghdad.prior).toBeCloseTo(Math.log10(7_000_000) + 2);
  });

  it('marks ambiguous names and leaves out countries it cannot map', () => {
    expect(index.candidates('reading', [])[0].ambiguousName).toBe(true);
    expect(index.candidates('nowhere', [])).toEqual([]);
    expect(keys).not.toContain('nowhere');
  });

  it('finds nothing for a key it does not hold', () => {
    expect(index.candidates('atlantis', [])).toEqual([]);
  });
});
