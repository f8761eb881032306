import { describe, expect, it } from 'vitest';
import { keyFilter } from './key-filter.js';
import { nameHash, phraseKeyHash } from './name-hash.js';
import { placeKey } from './place-key.js';
import { runBounds } from './run-bounds.js';

describe('phraseKeyHash', () => {
  it.each([
    ['Baghdad'],
    ['The Hague'],
    ['the  Hague'],
    ['New York City'],
    ['Port-au-Prince'],
    ['Başrah'],
    ['Côte d\u2019Ivoire'],
    [' Kabul'],
    ['Gaza\nStrip'],
    ['The'],
    ['THE GAMBIA'],
  ])('hashes %j as the key placeKey gives it', (phrase) => {
    const text = `in ${phrase}, said`;
    expect(phraseKeyHash(text, 3, 3 + phrase.length)).toBe(nameHash(placeKey(phrase)));
  });
});

describe('placeKey', () => {
  it.each([
    ['Baghdad', 'baghdad'],
    ['The Hague', 'hague'],
    ['the  Hague', 'hague'],
    [' Kabul ', 'kabul'],
    ['Gaza\tStrip', 'gaza strip'],
    ['Başrah', 'basrah'],
    ['Côte d\u2019Ivoire', "cote d'ivoire"],
    ['The', 'the'],
  ])('keys %j as %j', (name, key) => {
    expect(placeKey(name)).toBe(key);
  });
});

describe('the compact name tables', () => {
  const keys = ['new york', 'new york city', 'newark', 'hague', 'port-au-prince', 'baghdad'];

  it.each([
    ['new', 3],
    ['newark', 1],
    ['port', 1],
    ['baghdad', 1],
  ])('bound the words of names with the leading run %j by at least %i', (run, words) => {
    expect(runBounds(keys).wordsOf(run)).toBeGreaterThanOrEqual(words);
  });

  it('never let a phrase whose key is a name fail the filter', () => {
    const filter = keyFilter(keys, keys.length);
    const text = 'Envoys met in New York City, then in The Hague and Port-au-Prince and BAGHDAD.';
    for (const name of ['New York City', 'New York', 'The Hague', 'Port-au-Prince', 'BAGHDAD']) {
      const start = text.indexOf(name);
      expect(filter.mayHold(text, start, start + name.length)).toBe(true);
    }
  });

  it('keep out most phrases that are no name', () => {
    const filter = keyFilter(keys, keys.length);
    const words = Array.from({ length: 200 }, (_, n) => `President Number${n}`);
    const passed = words.filter((w) => filter.mayHold(w, 0, w.length)).length;
    expect(passed).toBeLessThan(40);
  });
});
