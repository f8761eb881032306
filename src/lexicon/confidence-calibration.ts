import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../core/errors.js';
import { projectDataDir } from './data-dir.js';

/** The `format` field every calibration table carries. */
export const CALIBRATION_FORMAT = 'parley-confidence-calibration/1';

/** How a table was fitted (docs/accuracy.md, "Confidence"). */
export type CalibrationMethod = 'isotonic' | 'platt';

/** One suite's part in a fit: its judged predictions and how many were right. */
export interface CalibrationSuiteCount {
  readonly suite: string;
  readonly predictions: number;
  readonly right: number;
}

/** Where a table came from: when, on which suites, and what it did to the calibration error. */
export interface CalibrationProvenance {
  /** The day of the fit, YYYY-MM-DD. */
  readonly fitted: string;
  readonly suites: readonly CalibrationSuiteCount[];
  readonly predictions: number;
  readonly right: number;
  /** Expected calibration errors (ten bins): raw, after this table (on the fitted data), cross-validated per method. */
  readonly ece: Readonly<Record<string, number | null>>;
  /** Why this method was chosen. */
  readonly why: string;
}

/**
 * A calibration of the confidence score: breakpoints `[raw, calibrated]`, both strictly rising,
 * from raw 0 to raw 1, read with linear interpolation (so the order of events is kept).
 *
 * @example
 * const table: ConfidenceCalibration = { format: CALIBRATION_FORMAT, method: 'isotonic', provenance, points: [[0, 0.1], [1, 0.9]] };
 */
export interface ConfidenceCalibration {
  readonly format: typeof CALIBRATION_FORMAT;
  readonly method: CalibrationMethod;
  readonly provenance: CalibrationProvenance;
  readonly points: readonly (readonly [number, number])[];
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line += 1;
  return line;
}

/** The line of a field's key in the text (its first occurrence), or of the n-th point of `points`. */
function lineOfField(text: string, field: string, point?: number): number | undefined {
  const at = text.indexOf(`"${field}"`);
  if (at < 0) return undefined;
  if (point === undefined) return lineAt(text, at);
  // Walks the list: elements are separated by commas at depth 1; the n-th starts after n of them.
  let depth = 0;
  let seen = 0;
  for (let i = text.indexOf('[', at); i >= 0 && i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '{') depth += 1;
    else if (c === ']' || c === '}') depth -= 1;
    else if (c === ',' && depth === 1) seen += 1;
    if (depth === 0) break;
    const opensList = c === '[' && depth === 1;
    if (seen === point && !opensList && !/[\s,]/.test(c)) return lineAt(text, i);
  }
  return lineAt(text, at);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

/** Checks the points: pairs of numbers in [0, 1], strictly rising, from raw 0 to raw 1. */
function checkPoints(points: unknown, fail: (message: string, field: string, point?: number) => never): (readonly [number, number])[] {
  if (!Array.isArray(points) || points.length < 2) fail('must be a list of at least two [raw, calibrated] pairs', 'points');
  return points.map((point: unknown, i: number, all: unknown[]) => {
    if (!Array.isArray(point) || point.length !== 2 || !point.every((v) => typeof v === 'number' && v >= 0 && v <= 1)) {
      fail(`points[${i}] must be a pair of numbers from 0 to 1, got ${JSON.stringify(point)}`, 'points', i);
    }
    const [raw, calibrated] = point as [number, number];
    const before = all[i - 1] as [number, number] | undefined;
    if (before !== undefined && !(raw > before[0] && calibrated > before[1])) {
      fail(`points[${i}] must rise above points[${i - 1}] in both raw and calibrated value (the calibration must keep the order of events)`, 'points', i);
    }
    if (i === 0 && raw !== 0) fail('points[0] must start at raw 0', 'points', 0);
    if (i === all.length - 1 && raw !== 1) fail(`points[${i}] must end at raw 1`, 'points', i);
    return Object.freeze([raw, calibrated] as const);
  });
}

function checkProvenance(value: unknown, fail: (message: string, field: string) => never): CalibrationProvenance {
  if (!isRecord(value)) fail('must be an object (fitted, suites, predictions, right, ece, why)', 'provenance');
  if (typeof value.fitted !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.fitted)) fail('provenance.fitted must be a date YYYY-MM-DD', 'fitted');
  if (!Array.isArray(value.suites) || !value.suites.every((s) => isRecord(s) && typeof s.suite === 'string' && isCount(s.predictions) && isCount(s.right))) {
    fail('provenance.suites must be a list of {suite, predictions, right}', 'suites');
  }
  if (!isCount(value.predictions) || !isCount(value.right)) fail('provenance.predictions and provenance.right must be counts', 'predictions');
  if (!isRecord(value.ece) || !Object.values(value.ece).every((v) => v === null || typeof v === 'number')) fail('provenance.ece must map names to numbers', 'ece');
  if (typeof value.why !== 'string') fail('provenance.why must be a string', 'why');
  return Object.freeze({
    fitted: value.fitted,
    suites: Object.freeze((value.suites as CalibrationSuiteCount[]).map((s) => Object.freeze({ suite: s.suite, predictions: s.predictions, right: s.right }))),
    predictions: value.predictions,
    right: value.right,
    ece: Object.freeze({ ...(value.ece as Record<string, number | null>) }),
    why: value.why,
  });
}

/**
 * Reads a calibration table from its JSON text, checking its schema; a bad table is a
 * `LEXICON_INVALID` error naming the file, the line and the field.
 *
 * @example
 * parseConfidenceCalibration(readFileSync(file, 'utf8'), file).points[0] // [0, 0.05]
 */
export function parseConfidenceCalibration(text: string, file: string): ConfidenceCalibration {
  const fail = (message: string, field: string, point?: number): never => {
    throw new ParleyError('LEXICON_INVALID', `${field}: ${message}`, { input: file, line: lineOfField(text, field, point) });
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(String(error))?.[1];
    throw new ParleyError('LEXICON_INVALID', `not valid JSON (${(error as Error).message})`, { input: file, line: at === undefined ? undefined : lineAt(text, Number(at)), cause: error });
  }
  if (!isRecord(value)) return fail('the table must be a JSON object', 'format');
  if (value.format !== CALIBRATION_FORMAT) fail(`must be "${CALIBRATION_FORMAT}", got ${JSON.stringify(value.format)}`, 'format');
  if (value.method !== 'isotonic' && value.method !== 'platt') fail(`must be "isotonic" or "platt", got ${JSON.stringify(value.method)}`, 'method');
  const provenance = checkProvenance(value.provenance, fail);
  const points = checkPoints(value.points, fail);
  return Object.freeze({ format: CALIBRATION_FORMAT, method: value.method as CalibrationMethod, provenance, points: Object.freeze(points) });
}

/**
 * Loads data/calibration/confidence.json (or `file`) when it exists, `null` when it does not:
 * without a table the confidence stage gives the raw score.
 *
 * @example
 * createConfidenceStage({ calibration: loadConfidenceCalibration() })
 */
export function loadConfidenceCalibration(file = join(projectDataDir(), 'calibration', 'confidence.json')): ConfidenceCalibration | null {
  if (!existsSync(file)) return null;
  return parseConfidenceCalibration(readFileSync(file, 'utf8'), file);
}
