/**
 * Turns the API's code-point offsets into offsets of a JavaScript string (UTF-16 units). For text
 * without characters outside the Basic Multilingual Plane (most news) it is the identity; else one
 * table, built once per text, answers each offset in constant time.
 *
 * @example
 * const toUnits = codePointOffsets('a😀b');
 * toUnits(2) // 3: 'b' starts at UTF-16 unit 3
 */
export function codePointOffsets(text: string): (codePoint: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => Math.max(0, Math.min(i, text.length));
  const units: number[] = [];
  let unit = 0;
  for (const ch of text) {
    units.push(unit);
    unit += ch.length;
  }
  units.push(unit);
  return (i) => units[Math.max(0, Math.min(i, units.length - 1))];
}
