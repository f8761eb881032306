import { describe, expect, it } from 'vitest';
import { parseTsv, splitAlternatives } from './tsv.js';

describe('parseTsv', () => {
  it('skips comments and blank lines, and takes the first other line as the header', () => {
    const table = parseTsv('\uFEFF# a comment\n\nrole\tnouns\n# another\nMIL\ttroops|soldiers\r\n', 'roles.tsv');
    expect(table.columns).toEqual(['role', 'nouns']);
    expect(table.headerLine).toBe(3);
    expect(table.rows).toEqual([{ line: 5, cells: ['MIL', 'troops|soldiers'] }]);
  });

  it('accepts rows whose trailing empty cells were left out', () => {
    expect(parseTsv('a\tb\tc\nx\n', 't.tsv').rows[0].cells).toEqual(['x']);
  });

  it.each([
    ['a row longer than the header', 'a\tb\nx\ty\tz\n', 2],
    ['a file with no header', '# only a comment\n', 1],
  ])('rejects %s', (_what, text, line) => {
    expect(() => parseTsv(text, 't.tsv')).toThrow(expect.objectContaining({ code: 'LEXICON_INVALID', line }));
  });
});

describe('splitAlternatives', () => {
  it.each([
    ['Britain|UK| U.K. ', ['Britain', 'UK', 'U.K.']],
    ['', []],
  ])('splits "%s"', (cell, parts) => {
    expect(splitAlternatives(cell, 't.tsv', 1)).toEqual(parts);
  });

  it('rejects an empty alternative', () => {
    expect(() => splitAlternatives('a||b', 't.tsv', 7)).toThrow(expect.objectContaining({ code: 'LEXICON_INVALID', line: 7 }));
  });
});
