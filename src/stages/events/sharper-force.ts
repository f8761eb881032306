/**
 * CAMEO's residual code for force: "killings of any kind when the weapons used are not specified"
 * (codebook, 190). A killing whose means the sentence names elsewhere takes that means' code.
 */
const RESIDUAL_FORCE = '190';

/**
 * The code an act of force coded `code` takes when the sentence also names the attack or weapon
 * it was done with (coded `means`), or null when `code` stays: a residual 190 ("were killed")
 * takes any more specific code of roots 18-20 ("in a suicide bombing" 1831, "in shelling" 194,
 * "by a missile" 194), not another residual (an "attack" alone says no more than the killing);
 * an unconventional act (18x) takes a later code ("wounded in an air strike" 195).
 *
 * @example
 * sharperForceCode('190', '1831') // '1831'
 * sharperForceCode('190', '180')  // null
 * sharperForceCode('180', '195')  // '195'
 */
export function sharperForceCode(code: string, means: string): string | null {
  if (means < '18' || means >= '21' || means === code) return null;
  if (code === RESIDUAL_FORCE) return means === '180' ? null : means;
  return code.startsWith('18') && means > code ? means : null;
}
