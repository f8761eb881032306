import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldRecordOf, parseGoldJsonl, readGoldFile } from './gold.js';
import { errorOf } from '../core/error-of.test-helper.js';

const good = JSON.stringify({
  id: 'inv-1', source_suite: 'invented', date: '2003-04-05', text: 'Chile recalled its envoy from Peru.',
  expected: [{ source: 'CHLGOV', target: 'PER', code: '161', extra: 'kept out' }], expect_none: false,
});


describe('gold records', () => {
  it('reads a record and fills the fields a suite leaves out', () => {
    const [record] = parseGoldJsonl(`${good}\n`, 'inv.jsonl');
    expect(record).toEqual({
      id: 'inv-1', source_suite: 'invented', date: '2003-04-05', text: 'Chile recalled its envoy from Peru.',
      expected: [{ source: 'CHLGOV', target: 'PER', code: '161', plover: null, cameo_roots: null }],
      expect_none: false, notes: '', category: '',
    });
    expect(Object.isFrozen(record)).toBe(true);
  });

  it('keeps PLOVER types and CAMEO root classes', () => {
    const record = goldRecordOf({
      id: 'x', source_suite: 's', text: 'Rebels shelled the town.',
      expected: [{ source: null, target: null, code: null, plover: 'ASSAULT', cameo_roots: '14-15,17-20' }],
    });
    expect(record.expected[0]).toMatchObject({ plover: 'ASSAULT', cameo_roots: '14-15,17-20' });
    expect(record.date).toBeNull();
  });

  it('skips blank lines but counts them in line numbers', () => {
    const error = errorOf(() => parseGoldJsonl(`${good}\n\n{not json\n`, 'inv.jsonl'));
    expect(error.code).toBe('INPUT_JSONL');
    expect(error.line).toBe(3);
    expect(error.oneLine()).toBe('inv.jsonl:3: INPUT_JSONL: line is not valid JSON');
  });

  it.each([
    ['a missing id', { source_suite: 's', text: 't', expected: [] }, '"id"'],
    ['a numeric code', { id: 'a', source_suite: 's', text: 't', expected: [{ code: 192 }] }, 'code'],
    ['a code with letters', { id: 'a', source_suite: 's', text: 't', expected: [{ code: '19x' }] }, 'code'],
    ['a bad date', { id: 'a', source_suite: 's', text: 't', date: '5 April 2003', expected: [] }, 'date'],
    ['a bad root class', { id: 'a', source_suite: 's', text: 't', expected: [{ cameo_roots: '9-13' }] }, 'cameo_roots'],
    ['expected not a list', { id: 'a', source_suite: 's', text: 't', expected: {} }, 'expected'],
    ['expect_none not a boolean', { id: 'a', source_suite: 's', text: 't', expected: [], expect_none: 'yes' }, 'expect_none'],
  ])('rejects %s with the line number', (_name, value, field) => {
    const error = errorOf(() => parseGoldJsonl(`${good}\n${JSON.stringify(value)}\n`, 'inv.jsonl'));
    expect(error.code).toBe('INPUT_JSONL');
    expect(error.line).toBe(2);
    expect(error.message).toContain(field);
  });

  it('reads a gold file from disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-gold-'));
    const path = join(dir, 'inv.jsonl');
    writeFileSync(path, `${good}\n${good.replace('inv-1', 'inv-2')}\n`);
    expect(readGoldFile(path).map((r) => r.id)).toEqual(['inv-1', 'inv-2']);
  });

  it('reports a missing gold file as INPUT_NOT_FOUND', () => {
    expect(errorOf(() => readGoldFile('/nonexistent/parley/gold.jsonl')).code).toBe('INPUT_NOT_FOUND');
  });
});
