import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

const coded = createCodeCoder('2008-08-05');

// Issue 3: an unsigned report speaks for the country whose capital issued it.
describe('reports issued in a country', () => {
  it.each([
    ['A long report released on Monday in the Kenyan capital alleged that Uganda was aware of the raids.', 'KEN>UGA 112'],
    ['A 300-page report published in Kigali alleged that France trained the militias.', 'RWA>FRA 112'],
  ])('codes "%s" with the issuing country as the source (%s)', (text, line) => {
    expect(coded(text).some((l) => l.startsWith(line))).toBe(true);
  });

  it('keeps an author named in the phrase as the source', () => {
    const lines = coded('A report by Amnesty International released in London accused Israel of war crimes.');
    expect(lines.some((l) => l.startsWith('GBR>'))).toBe(false);
  });
});

describe('reports only sent from a place', () => {
  it('takes no source from "a report from Lima" (a correspondent\'s place, not an author)', () => {
    expect(coded('A report from Lima alleged that Chile was aware of the raids.').some((l) => l.startsWith('PER>'))).toBe(false);
  });
});
