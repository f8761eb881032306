import { createHash } from 'node:crypto';

/**
 * What makes two inputs the same article: the same URL (scheme, host case, fragment and trailing
 * slash ignored) or the same text (hash of the text with whitespace runs folded).
 *
 * @example
 * canonicalUrl('HTTPS://Example.com/a/#top') // 'https://example.com/a'
 */
export function canonicalUrl(url: string | null): string | null {
  if (url === null || url.trim() === '') return null;
  try {
    const u = new URL(url.trim());
    u.hash = '';
    const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
    return `${u.protocol}//${u.host.toLowerCase()}${path}${u.search}`.replace(/^http:/, 'https:');
  } catch {
    return url.trim();
  }
}

/** A hash of the article's text, insensitive to whitespace differences. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}
