import Database from 'better-sqlite3';
import { invalidParameter } from './api-error.js';

/**
 * Runs a query that takes the FTS5 expression `value` of `parameter`, turning SQLite's complaints
 * about the expression (unbalanced quotes, a stray operator, an unknown column) into a 400 naming
 * the parameter. Without an expression, the query runs as it is.
 *
 * @example
 * const page = withFtsErrors('text', filter.text, () => queryEvents(store, filter, { limit }));
 */
export function withFtsErrors<T>(parameter: string, value: string | undefined, run: () => T): T {
  if (value === undefined) return run();
  try {
    return run();
  } catch (e) {
    // The expression is the only user text that reaches SQLite as more than a bound value's content.
    if (e instanceof Database.SqliteError && e.code === 'SQLITE_ERROR') {
      throw invalidParameter(parameter, `'${parameter}' is not a valid full-text query (SQLite FTS5 syntax): ${e.message}`);
    }
    throw e;
  }
}
