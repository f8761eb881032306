/**
 * True when bytes look like a binary file rather than text: a NUL byte, or more than one byte in
 * ten a control character other than tab, newline, form feed, carriage return and escape.
 * Pass the first few kilobytes; UTF-8 multi-byte characters are never control bytes.
 *
 * @example
 * looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00])) // true (a PNG header)
 */
export function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  return head.length > 0 && control * 10 > head.length;
}

/**
 * The name of a UTF-16 or UTF-32 byte-order mark at the start of `head`, or null. Such files are
 * text, but not UTF-8: they get an encoding error that says what to convert from.
 *
 * @example
 * wideUnicodeBom(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) // 'UTF-16LE'
 */
export function wideUnicodeBom(head: Uint8Array): string | null {
  if (head.length >= 4 && head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) return 'UTF-32LE';
  if (head.length >= 4 && head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff) return 'UTF-32BE';
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'UTF-16LE';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'UTF-16BE';
  return null;
}

/**
 * Strict UTF-8 decoding: the text, or null when the bytes are not valid UTF-8. A leading byte-order
 * mark is kept as U+FEFF so that offsets still count from the first byte of the input.
 *
 * @example
 * decodeUtf8Strict(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) // '\uFEFFA'
 * decodeUtf8Strict(new Uint8Array([0xc3, 0x28]))             // null
 */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** True when `text` holds nothing but white space (and perhaps a byte-order mark). */
export function isBlankText(text: string): boolean {
  return /^[\s\uFEFF]*$/.test(text);
}

/**
 * Strict decoding in a declared encoding: the text, null when the bytes are not valid in it, or
 * undefined when TextDecoder does not know the label. A byte-order mark is kept, as in
 * `decodeUtf8Strict`.
 *
 * @example
 * decodeStrict(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'windows-1252') // 'café'
 * decodeStrict(new Uint8Array([0x41]), 'x-klingon')                        // undefined
 */
export function decodeStrict(bytes: Uint8Array, encoding: string): string | null | undefined {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    return undefined;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
