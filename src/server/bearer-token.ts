import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * True when an `Authorization` header carries `Bearer TOKEN` with the server's token. Both sides
 * are hashed to equal length and compared in constant time, so that neither the token's length
 * nor how much of it a guess got right shows in the response time.
 *
 * @example
 * bearerTokenMatches('Bearer s3cret', 's3cret') // true
 */
export function bearerTokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  const given = createHash('sha256').update(m ? m[1] : '').digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, expected) && m !== null;
}
