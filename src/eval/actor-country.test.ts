import { describe, expect, it } from 'vitest';
import { countryOfActor, countryOfCode } from './actor-country.js';
import { actorOf } from './test-fixtures.js';

describe('countryOfCode', () => {
  it.each([
    ['USAGOV', 'USA'],
    ['IRQGOVMIL', 'IRQ'],
    ['ROMGOV', 'ROU'],
    ['ZARMIL', 'COD'],
    ['TMP', 'TLS'],
    ['IGOUNO', 'IGO'],
    ['usagov', 'USA'],
    ['---', null],
    ['---REB', null],
    [null, null],
    [undefined, null],
  ])('gives the country of %s as %s', (code, country) => {
    expect(countryOfCode(code)).toBe(country);
  });
});

describe('countryOfActor', () => {
  it.each([
    ['an actor with a country', actorOf('DEUGOV'), 'DEU'],
    ['an actor with a legacy country', actorOf('ROMGOV', 'ROM'), 'ROU'],
    ['an international organisation', actorOf('IGOUNO', null), 'IGO'],
    ['a non-governmental organisation', actorOf('NGO', null), 'NGO'],
    ['rebels of no known country', actorOf('REB', null), null],
    ['an actor coded ---', actorOf('---CVL'), null],
    ['no actor', null, null],
  ])('gives %s the country %s', (_name, actor, country) => {
    expect(countryOfActor(actor)).toBe(country);
  });
});
