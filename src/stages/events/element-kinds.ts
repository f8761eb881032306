import type { PatternElement } from '../../lexicon/pattern-types.js';

/**
 * A pattern element's kind as a small integer: the matcher reads one typed array per pattern
 * rather than the `kind` and `optional` fields of element objects of three shapes.
 */
export const ELEMENT = Object.freeze({
  /** A required literal word. */
  word: 0,
  /** A literal word that may be missing. */
  optionalWord: 1,
  /** The `$T` slot. */
  target: 2,
  /** The `$S` slot. */
  source: 3,
});

/**
 * The kinds of a pattern's elements, in order.
 *
 * @example
 * elementKinds(pattern.after) // `accuse $T of` -> [ELEMENT.target, ELEMENT.word]
 */
export function elementKinds(after: readonly PatternElement[]): Uint8Array {
  return Uint8Array.from(after, (el) => (el.kind === 'word' ? (el.optional ? ELEMENT.optionalWord : ELEMENT.word) : el.kind === 'target' ? ELEMENT.target : ELEMENT.source));
}
