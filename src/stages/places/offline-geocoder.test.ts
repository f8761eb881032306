import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOfflineGeocoder } from './offline-geocoder.js';

const geocoder = createOfflineGeocoder();

describe('the offline geocoder', () => {
  it("geocodes 'Baghdad' to lat ~33.34 lon ~44.40 in IRQ, with its GeoNames id", () => {
    const place = geocoder.lookup('Baghdad', { locative: true })!;
    expect(place).toMatchObject({ country: 'IRQ', placeKind: 'city', geonamesId: 98182 });
    expect(place.lat).toBeCloseTo(33.34, 1);
    expect(place.lon).toBeCloseTo(44.4, 1);
  });

  it.each([
    ['Green Zone', 'Green Zone', 'IRQ', 'landmark'],
    ['Paris', 'Paris', 'FRA', 'city'],
    ['Kiev', 'Kyiv', 'UKR', 'city'],
    ['Basrah', 'Basra', 'IRQ', 'city'],
    ['the US', 'United States', 'USA', 'country'],
    ['U.S.', 'United States', 'USA', 'country'],
    ['Britain', 'United Kingdom', 'GBR', 'country'],
    ['Iraq', 'Iraq', 'IRQ', 'country'],
    ['Syria', 'Syria', 'SYR', 'country'],
    ['Gaza Strip', 'Gaza Strip', 'PSE', 'region'],
    ['West Bank', 'West Bank', 'PSE', 'region'],
    ['Golan Heights', 'Golan Heights', 'SYR', 'region'],
    ['Strait of Hormuz', 'Strait of Hormuz', 'IRN', 'landmark'],
    ['Crimea', 'Crimea', 'UKR', 'region'],
    ['Darfur', 'Darfur', 'SDN', 'region'],
    ['Washington', 'Washington', 'USA', 'city'],
    ['Fallujah', 'Fallujah', 'IRQ', 'city'],
    ['Bogota', 'Bogotá', 'COL', 'city'],
  ])("finds '%s' as %s (%s, %s)", (name, canonical, country, kind) => {
    expect(geocoder.lookup(name)).toMatchObject({ name: canonical, country, placeKind: kind });
  });

  it.each([
    ['Georgia', [], 'GEO'],
    ['Georgia', ['USA'], 'USA'],
    ['Tahrir Square', [], 'EGY'],
    ['Tahrir Square', ['IRQ'], 'IRQ'],
    ['Paris', ['USA'], 'FRA'],
  ])("reads '%s' with context countries %j as in %s", (name, countries, country) => {
    expect(geocoder.lookup(name, { countries })?.country).toBe(country);
  });

  it.each(['Reading', 'Victoria', 'Police', 'Most', 'Clinton'])("does not take '%s', an ordinary word or name, for a city unless introduced as a place", (name) => {
    expect(geocoder.lookup(name)).toBeNull();
    expect(geocoder.lookup(name, { locative: true })?.placeKind).toBe('city');
  });

  it('skips places under 15,000 people unless the article is about their country', () => {
    // Ballyjamesduff (Ireland, ~2,600 people) only counts in an Irish story.
    expect(geocoder.lookup('Ballyjamesduff')).toBeNull();
    expect(geocoder.lookup('Ballyjamesduff', { countries: ['IRL'] })?.country).toBe('IRL');
  });

  it('reports what loading cost', () => {
    expect(geocoder.loadMs).toBeGreaterThan(0);
    expect(geocoder.names).toBeGreaterThan(100_000);
  });

  it('loads without the city table when asked, knowing countries and aliases only', () => {
    const light = createOfflineGeocoder({ withoutCities: true });
    expect(light.lookup('Green Zone')?.country).toBe('IRQ');
    expect(light.lookup('Mosul')).toBeNull();
  });

  it('rejects a malformed data table with LEXICON_INVALID and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'places-'));
    writeFileSync(join(dir, 'countries.tsv'), 'alpha3\tname\tlat\tlon\nIRQ\tIraq\tnorth\t44.4\n');
    writeFileSync(join(dir, 'aliases.tsv'), 'names\tkind\tcountry\tlat\tlon\n');
    writeFileSync(join(dir, 'ambiguous-names.txt'), '');
    expect(() => createOfflineGeocoder({ dataDir: dir, withoutCities: true })).toThrow(expect.objectContaining({ code: 'LEXICON_INVALID', line: 2 }));
  });
});
