import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isParleyError } from '../../core/errors.js';
import { BOILERPLATE_KINDS, loadBoilerplateRules, parseBoilerplateRules } from './boilerplate-rules.js';

const HEADER = '# rules\nkind\tpattern\tnotes\n';

function parseError(tsv: string): { code: string; line: number | undefined; message: string } {
  try {
    parseBoilerplateRules(tsv, 'rules.tsv');
  } catch (e) {
    if (isParleyError(e)) return { code: e.code, line: e.line, message: e.message };
    throw e;
  }
  throw new Error('expected an error');
}

describe('parseBoilerplateRules', () => {
  it('reads kind, pattern and notes, skipping comments and blank lines', () => {
    const { rules } = parseBoilerplateRules(`${HEADER}\n# donate buttons\ndonation\t^Donate$\tthe button\nshare\t(?i)^share$\n`, 'rules.tsv');
    expect(rules.map((r) => [r.kind, r.pattern.source, r.pattern.flags, r.notes, r.origin])).toEqual([
      ['donation', '^Donate$', 'u', 'the button', 'rules.tsv:5'],
      ['share', '^share$', 'iu', '', 'rules.tsv:6'],
    ]);
  });

  it('matches case-sensitively unless the pattern starts with (?i)', () => {
    const { rules } = parseBoilerplateRules(`${HEADER}donation\t^Donate$\t\nshare\t(?i)^share$\t\n`, 'rules.tsv');
    expect([rules[0].pattern.test('donate'), rules[1].pattern.test('SHARE')]).toEqual([false, true]);
  });

  it.each([
    ['an unknown kind', `${HEADER}donaton\t^x$\tn\n`, 3, /unknown kind 'donaton'/],
    ['a pattern that does not compile', `${HEADER}share\t^(share$\tn\n`, 3, /does not compile/],
    ['a pattern matching an empty line', `${HEADER}share\t.*\tn\n`, 3, /matches an empty line/],
    ['an empty pattern', `${HEADER}share\t(?i)\tn\n`, 3, /pattern is empty/],
    ['a missing pattern column', `${HEADER}share\n`, 3, /expected 2 or 3 tab-separated columns/],
    ['too many columns', `${HEADER}share\t^x$\tn\textra\n`, 3, /found 4/],
    ['a wrong header', 'type\tregex\tnotes\nshare\t^x$\t\n', 1, /header/],
    ['no header at all', '# only comments\n', 1, /no header/],
  ])('refuses %s with LEXICON_INVALID at its line', (_what, tsv, line, message) => {
    const error = parseError(tsv);
    expect([error.code, error.line]).toEqual(['LEXICON_INVALID', line]);
    expect(error.message).toMatch(message);
  });
});

describe('loadBoilerplateRules', () => {
  it('loads the rules shipped in data/boilerplate, every one documented', () => {
    const { rules } = loadBoilerplateRules();
    expect(rules.length).toBeGreaterThan(20);
    for (const rule of rules) {
      expect(BOILERPLATE_KINDS).toContain(rule.kind);
      expect(rule.notes.length, rule.origin).toBeGreaterThan(0);
    }
    expect(Object.isFrozen(rules)).toBe(true);
  });

  it('loads rules.tsv from another folder, naming the file in its errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-rules-'));
    writeFileSync(join(dir, 'rules.tsv'), `${HEADER}share\t^(\tbad\n`);
    let error: unknown;
    try { loadBoilerplateRules(dir); } catch (e) { error = e; }
    expect(isParleyError(error) && error.oneLine()).toMatch(new RegExp(`^${join(dir, 'rules.tsv')}:3: LEXICON_INVALID: `));
  });

  it('says so when the folder has no rules file', () => {
    let error: unknown;
    try { loadBoilerplateRules(join(tmpdir(), 'no-such-parley-dir')); } catch (e) { error = e; }
    expect(isParleyError(error) && error.code).toBe('LEXICON_INVALID');
  });
});
