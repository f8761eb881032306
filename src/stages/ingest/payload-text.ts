import { decodeStrict, decodeUtf8Strict } from './input-bytes.js';

/** What a stored payload is, by its media type (or, when none is given, by its first bytes). */
export type PayloadKind = 'html' | 'text' | null;

/**
 * The kind of a payload Parley reads: `html` for text/html and XHTML, `text` for text/plain,
 * null for anything else (images, PDFs, scripts). Without a media type, a body starting with an
 * HTML tag is HTML.
 *
 * @example
 * payloadKind('text/html; charset=utf-8', body) // 'html'
 * payloadKind('image/jpeg', body)               // null
 */
export function payloadKind(contentType: string | null | undefined, body: Uint8Array): PayloadKind {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain') return 'text';
  if (type !== '') return null;
  const head = Buffer.from(body.subarray(0, 512)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  return /^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(head) ? 'html' : null;
}

/**
 * Decodes a payload in the charset its Content-Type declares, else (for HTML) the one a
 * `<meta charset>` in its first kilobyte declares, else as UTF-8; a leading byte-order mark is
 * dropped. Gives a `reason` instead when the charset is unknown to TextDecoder or the bytes are
 * not valid in it.
 *
 * @example
 * decodePayload(bytes, 'text/html; charset=windows-1252', 'html') // { text: 'Café ...' }
 * decodePayload(latin1Bytes, 'text/plain', 'text')                // { reason: 'the payload is not valid UTF-8 and declares no charset' }
 */
export function decodePayload(body: Uint8Array, contentType: string | null | undefined, kind: 'html' | 'text'): { text: string } | { reason: string } {
  const charset = declaredCharset(contentType) ?? (kind === 'html' ? metaCharset(body) : null);
  if (charset === null || /^utf-?8$/i.test(charset)) {
    const text = decodeUtf8Strict(body);
    return text === null ? { reason: `the payload is not valid UTF-8${charset ? '' : ' and declares no charset'}` } : { text: text.replace(/^\uFEFF/, '') };
  }
  const text = decodeStrict(body, charset);
  if (text === undefined) return { reason: `the payload declares the charset '${charset}', which Parley cannot decode` };
  if (text === null) return { reason: `the payload is not valid ${charset}` };
  return { text: text.replace(/^\uFEFF/, '') };
}

/**
 * The charset a Content-Type declares, or null.
 *
 * @example
 * declaredCharset('text/html; charset="ISO-8859-1"') // 'ISO-8859-1'
 */
export function declaredCharset(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

/** `<meta charset="...">` or `<meta http-equiv="Content-Type" content="...; charset=...">` near the start. */
function metaCharset(body: Uint8Array): string | null {
  const head = Buffer.from(body.subarray(0, 1024)).toString('latin1');
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}
