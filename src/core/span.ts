/**
 * A `[start, end)` range over a document's text, in UTF-16 code units (JavaScript string indexes).
 * Output converts to Unicode code points (see `codePointIndex`), as the contract asks.
 *
 * @example
 * const s = createSpan(4, 9); spanText('the US and Iran', s) // 'US an'
 */
export type Span = readonly [start: number, end: number];

export function createSpan(start: number, end: number): Span {
  if (!(start >= 0 && end >= start)) throw new RangeError(`bad span [${start}, ${end})`);
  return Object.freeze([start, end] as const);
}

export function spanText(text: string, span: Span): string {
  return text.slice(span[0], span[1]);
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}

/**
 * Maps UTF-16 offsets of `text` to code-point offsets. Identity (and free) when the text has no
 * astral characters, which is nearly always.
 *
 * @example
 * codePointIndex('a😀b')(3) // 2
 */
export function codePointIndex(text: string): (utf16Offset: number) => number {
  let hasSurrogate = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { hasSurrogate = true; break; }
  }
  if (!hasSurrogate) return (o) => o;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { map[i + 1] = cp; i++; }
    cp++;
  }
  map[text.length] = cp;
  return (o) => map[o];
}
