import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET CODE modality" lines. */
const coded = createCodeCoder('2003-09-15');

// Issue 3: a visit hosted is a visit made by the guests.
describe('hosted visits', () => {
  it.each([
    ['The Egyptian president hosted the Jordanian king in Cairo on Monday.', ['EGYGOV>JORGOV 043 asserted', 'JORGOV>EGYGOV 042 asserted']],
    ['Kenyan villagers received ministers from the Kenyan government.', ['KENCVL>KENGOV 043 asserted', 'KENGOV>KENCVL 042 asserted']],
  ])('codes "%s" as the host receiving and the guests visiting', (text, lines) => {
    expect(coded(text)).toEqual(expect.arrayContaining(lines));
  });

  it.each([
    'Kenya has hosted Somali refugees for twenty years.',
    'Chad hosted French troops in the north of the country.',
  ])('adds no visit by guests who stay: "%s"', (text) => {
    expect(coded(text).some((l) => l.includes(' 042 '))).toBe(false);
  });

  it('adds no visit to a hosting still to come', () => {
    expect(coded('Egypt will host talks with Jordan next week.').some((l) => l.includes(' 042 '))).toBe(false);
  });
});
