import type { Context } from 'hono';
import { ApiError, invalidParameter } from './api-error.js';

/** The largest page any list endpoint returns. */
export const MAX_LIMIT = 1000;

/** Longest value a text parameter (place name, FTS query) may have. */
const MAX_TEXT_LENGTH = 500;

/**
 * The query parameters of one request, checked against what the endpoint takes: an unknown
 * parameter, or one given twice, is a 400 naming it. Empty values count as absent, so that a
 * form's blank fields change nothing.
 */
export interface QueryParameters {
  /** The raw value, or undefined when absent or empty. */
  get(name: string): string | undefined;
  /** A value matching `shape` (described as `what` in the error), or undefined. */
  match(name: string, shape: RegExp, what: string): string | undefined;
  /** A whole number in [min, max], or `fallback` when absent. */
  integer(name: string, min: number, max: number, fallback: number): number;
  /** A finite number in [min, max], or undefined. */
  number(name: string, min: number, max: number): number | undefined;
  /** One of `choices`, or `fallback`. */
  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T;
  /** Free text of at most 500 characters without control characters, or undefined. */
  text(name: string): string | undefined;
}

/**
 * Reads and checks the query string of `c` against the parameter names the endpoint accepts.
 *
 * @example
 * const q = queryParameters(c, ['limit', 'cursor']);
 * const limit = q.integer('limit', 1, MAX_LIMIT, 100);
 */
export function queryParameters(c: Context, accepted: readonly string[]): QueryParameters {
  const all = c.req.queries();
  const values = new Map<string, string>();
  for (const [name, list] of Object.entries(all)) {
    if (!accepted.includes(name)) {
      throw new ApiError(400, 'UNKNOWN_PARAMETER', `unknown parameter '${name}' (this endpoint takes: ${accepted.join(', ') || 'none'})`, name);
    }
    if (list.length > 1) throw invalidParameter(name, `'${name}' is given ${list.length} times; give it once`);
    if (list[0] !== '') values.set(name, list[0]);
  }
  const get = (name: string) => values.get(name);
  return {
    get,
    match(name, shape, what) {
      const v = get(name);
      if (v !== undefined && !shape.test(v)) throw invalidParameter(name, `'${name}' must be ${what}, not ${quote(v)}`);
      return v;
    },
    integer(name, min, max, fallback) {
      const v = get(name);
      if (v === undefined) return fallback;
      const n = /^-?\d{1,16}$/.test(v) ? Number(v) : NaN;
      if (!Number.isSafeInteger(n) || n < min || n > max) throw invalidParameter(name, `'${name}' must be a whole number from ${min} to ${max}, not ${quote(v)}`);
      return n;
    },
    number(name, min, max) {
      const v = get(name);
      if (v === undefined) return undefined;
      const n = /^-?(\d+\.?\d*|\.\d+)$/.test(v) ? Number(v) : NaN;
      if (!Number.isFinite(n) || n < min || n > max) throw invalidParameter(name, `'${name}' must be a number from ${min} to ${max}, not ${quote(v)}`);
      return n;
    },
    choice(name, choices, fallback) {
      const v = get(name);
      if (v === undefined) return fallback;
      const found = choices.find((ch) => ch === v);
      if (found === undefined) throw invalidParameter(name, `'${name}' must be one of ${choices.join(', ')}, not ${quote(v)}`);
      return found;
    },
    text(name) {
      const v = get(name);
      if (v === undefined) return undefined;
      if (v.length > MAX_TEXT_LENGTH) throw invalidParameter(name, `'${name}' must be at most ${MAX_TEXT_LENGTH} characters long`);
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u001f\u007f]/.test(v)) throw invalidParameter(name, `'${name}' must not contain control characters`);
      if (v.trim() === '') return undefined;
      return v;
    },
  };
}

/** A value quoted for an error message, cut short so that a huge value does not echo back whole. */
export function quote(v: string): string {
  return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
}
