import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isParleyError } from '../core/errors.js';
import { loadConfidenceCalibration, parseConfidenceCalibration } from './confidence-calibration.js';

const provenance = {
  fitted: '2026-01-02', suites: [{ suite: 'team', predictions: 10, right: 6 }], predictions: 10, right: 6,
  ece: { raw: 0.2, calibrated: 0.02 }, why: 'isotonic: invented for a test',
};

/** A table as the fitter writes it, one breakpoint a line, with some fields replaced. */
function tableText(over: Record<string, unknown> = {}, points: unknown[] = [[0, 0.1], [0.5, 0.5], [1, 0.9]]): string {
  const head = JSON.stringify({ format: 'parley-confidence-calibration/1', method: 'isotonic', provenance, ...over }, null, 2).replace(/\n}$/, '');
  return `${head},\n  "points": [\n${points.map((p) => `    ${JSON.stringify(p)}`).join(',\n')}\n  ]\n}\n`;
}

function errorOf(text: string): { code: string; line: number | undefined; message: string } {
  try {
    parseConfidenceCalibration(text, 'confidence.json');
  } catch (error) {
    if (isParleyError(error)) return { code: error.code, line: error.line, message: error.message };
    throw error;
  }
  throw new Error('no error');
}

/** The 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('parseConfidenceCalibration', () => {
  it('reads a table: method, provenance and breakpoints', () => {
    const table = parseConfidenceCalibration(tableText(), 'confidence.json');
    expect(table.method).toBe('isotonic');
    expect(table.points).toEqual([[0, 0.1], [0.5, 0.5], [1, 0.9]]);
    expect(table.provenance.suites[0].suite).toBe('team');
    expect(Object.isFrozen(table.points[1])).toBe(true);
  });

  it.each([
    ['a point that falls', [[0, 0.1], [0.5, 0.5], [0.7, 0.4], [1, 0.9]], 'points[2] must rise', '[0.7,0.4]'],
    ['a flat point', [[0, 0.1], [0.5, 0.5], [0.6, 0.5], [1, 0.9]], 'points[2] must rise', '[0.6,0.5]'],
    ['a value above 1', [[0, 0.1], [0.5, 1.5], [1, 0.9]], 'points[1] must be a pair of numbers from 0 to 1', '[0.5,1.5]'],
    ['a single number', [[0, 0.1], 0.5, [1, 0.9]], 'points[1] must be a pair', '    0.5'],
    ['no raw 0', [[0.1, 0.1], [1, 0.9]], 'points[0] must start at raw 0', '[0.1,0.1]'],
    ['no raw 1', [[0, 0.1], [0.9, 0.9]], 'points[1] must end at raw 1', '[0.9,0.9]'],
  ])('names the line and the point of %s', (_what, points, message, needle) => {
    const text = tableText({}, points);
    const error = errorOf(text);
    expect(error.code).toBe('LEXICON_INVALID');
    expect(error.message).toContain(message);
    expect(error.line).toBe(lineOf(text, needle));
  });

  it.each([
    ['format', { format: 'something-else' }, '"format"'],
    ['method', { method: 'histogram' }, '"method"'],
    ['fitted', { provenance: { ...provenance, fitted: 'yesterday' } }, '"fitted"'],
    ['suites', { provenance: { ...provenance, suites: [{ suite: 'x' }] } }, '"suites"'],
    ['ece', { provenance: { ...provenance, ece: { raw: 'low' } } }, '"ece"'],
  ])('names the field %s and its line when it is wrong', (field, over, needle) => {
    const text = tableText(over);
    const error = errorOf(text);
    expect(error.message.startsWith(`${field}:`)).toBe(true);
    expect(error.line).toBe(lineOf(text, needle));
  });

  it('gives the line of a JSON syntax error', () => {
    const text = tableText().replace('"method": "isotonic",', '"method": "isotonic",,');
    const error = errorOf(text);
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.line).toBe(lineOf(text, ',,'));
  });
});

describe('loadConfidenceCalibration', () => {
  it('gives no table when the file does not exist', () => {
    expect(loadConfidenceCalibration(join(tmpdir(), 'no-such-dir-parley', 'confidence.json'))).toBeNull();
  });

  it('loads a table from a file, naming the file in errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-calibration-'));
    writeFileSync(join(dir, 'good.json'), tableText());
    expect(loadConfidenceCalibration(join(dir, 'good.json'))?.points).toHaveLength(3);
    writeFileSync(join(dir, 'bad.json'), tableText({ method: 'x' }));
    expect(() => loadConfidenceCalibration(join(dir, 'bad.json'))).toThrow(expect.objectContaining({ input: join(dir, 'bad.json') }));
  });
});
