import type { QuadClass } from './api-types.js';

/** The four quad classes, in order, with the one colour each has in every view. */
export const QUAD_CLASSES: readonly { readonly quad: QuadClass; readonly name: string; readonly short: string; readonly colour: string }[] = Object.freeze([
  { quad: 1, name: 'Verbal cooperation', short: 'Verbal coop.', colour: '#7cb5de' },
  { quad: 2, name: 'Material cooperation', short: 'Material coop.', colour: '#1f5f9e' },
  { quad: 3, name: 'Verbal conflict', short: 'Verbal conflict', colour: '#f0a04b' },
  { quad: 4, name: 'Material conflict', short: 'Material conflict', colour: '#c0352b' },
].map((q) => Object.freeze(q as { quad: QuadClass; name: string; short: string; colour: string })));

/** The colour of a quad class: `quadColour(4)` is material conflict's red. */
export function quadColour(quad: QuadClass): string {
  return QUAD_CLASSES[quad - 1].colour;
}

/** The name of a quad class: `quadName(1)` is "Verbal cooperation". */
export function quadName(quad: QuadClass): string {
  return QUAD_CLASSES[quad - 1].name;
}

/**
 * The colour of a mean Goldstein score, from material conflict's red (-10) through grey (0) to
 * material cooperation's blue (+10), so that the network reads like the quad colours.
 */
export function goldsteinColour(score: number): string {
  const t = Math.max(-1, Math.min(1, score / 10));
  const grey = [150, 156, 163];
  const end = t < 0 ? [192, 53, 43] : [31, 95, 158];
  const k = Math.abs(t) ** 0.7;
  const c = grey.map((g, i) => Math.round(g + (end[i] - g) * k));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}
