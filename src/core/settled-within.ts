/** What `settledWithin` gives for a promise still pending when its time is up. */
export const NOT_YET: unique symbol = Symbol('not yet');

/**
 * The promise's value, or NOT_YET if it has not settled within `ms` milliseconds; the promise is
 * left running (await it again later for its value). Waiting on input that may come slowly.
 *
 * @example
 * const next = await settledWithin(iterator.next(), 50);
 * if (next === NOT_YET) flushWhatWeHave();
 */
export async function settledWithin<T>(p: Promise<T>, ms: number): Promise<T | typeof NOT_YET> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof NOT_YET>((resolve) => { timer = setTimeout(resolve, ms, NOT_YET); });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}
