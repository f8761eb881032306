import { describe, expect, it } from 'vitest';
import { layer } from '../../core/document.js';
import { createHandBuilder } from '../places/hand-built-document.js';
import { yearMentions } from './year-mentions.js';

const build = createHandBuilder();

function yearsOf(text: string): [number, number][] {
  const doc = build(text);
  const tokens = layer(doc, 'tokens');
  return yearMentions(tokens, 0, tokens.count).map((y) => [y.year, y.lastYear]);
}

describe('yearMentions', () => {
  it.each([
    ['Talks collapsed in 2005.', [[2005, 2005]]],
    ['The war of the 1980s ended.', [[1980, 1989]]],
    ["Reforms of the 1990's stalled.", [[1990, 1999]]],
    ['The 1900s saw two wars.', [[1900, 1999]]],
    ['Since the 1979 revolution, ties were cut.', [[1979, 1979]]],
    ['The 2000 troops withdrew.', []],
    ['He paid 1979 dollars.', []],
    ['The 1499 treaty was lost.', []],
    ['In 2100 the plan ends.', []],
  ])('reads the years of %j', (text, years) => {
    expect(yearsOf(text)).toEqual(years);
  });
});
