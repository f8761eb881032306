import { describe, expect, it } from 'vitest';
import { rememberPlaceCountries } from './place-country-memo.js';

describe('remembered place countries', () => {
  it('asks the geocoder once per name, unknown names included', () => {
    const asked: string[] = [];
    const countryOf = rememberPlaceCountries((name) => { asked.push(name); return name === 'Basra' ? 'IRQ' : null; });
    expect([countryOf('Basra'), countryOf('Basra'), countryOf('Reuters'), countryOf('Reuters')]).toEqual(['IRQ', 'IRQ', null, null]);
    expect(asked).toEqual(['Basra', 'Reuters']);
  });
});
