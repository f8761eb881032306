import { ParleyError } from './errors.js';

/**
 * For tests: the ParleyError that `run` throws (any other error is rethrown; no error fails).
 *
 * @example
 * expect(errorOf(() => openStore(path)).code).toBe('STORE_VERSION');
 */
export function errorOf(run: () => unknown): ParleyError {
  try {
    run();
  } catch (e) {
    if (e instanceof ParleyError) return e;
    throw e;
  }
  throw new Error('expected a ParleyError');
}
