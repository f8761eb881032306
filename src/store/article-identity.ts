import { createHash } from 'node:crypto';

/** An article's identity in the store: its canonical URL (if any) and the hash of its text. */
export interface ArticleIdentity {
  readonly url: string | null;
  readonly hash: string;
}

/**
 * The identity of a document, computed once per article (hashing the text is the costly part).
 *
 * @example
 * articleIdentity(doc) // { url: 'https://example.com/a', hash: '3f2a...' }
 */
export function articleIdentity(doc: { readonly text: string; readonly meta: { readonly url: string | null } }): ArticleIdentity {
  return { url: canonicalUrl(doc.meta.url), hash: contentHash(doc.text) };
}

/** True when two identities name the same article (same URL, or same text). */
export function sameArticle(a: ArticleIdentity, b: ArticleIdentity): boolean {
  return a.hash === b.hash || (a.url !== null && a.url === b.url);
}

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
