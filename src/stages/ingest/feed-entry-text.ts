import type { FeedEntry } from './feed-xml.js';
import { htmlFragmentText } from './html-fragment.js';

const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/**
 * The document text of a feed entry: HTML content (declared, or RSS text that holds tags or
 * entities) read as the HTML reader reads an article, plain text split into paragraphs at blank
 * lines; either way white space is collapsed and paragraphs are joined with blank lines. Empty
 * when the entry carries no text.
 *
 * @example
 * feedEntryText({ kind: 'html', value: '<p>Iran met Iraq.</p><p>Talks go on.</p>' }) // 'Iran met Iraq.\n\nTalks go on.'
 * feedEntryText({ kind: 'text', value: 'Iran   met Iraq.' })                         // 'Iran met Iraq.'
 */
export function feedEntryText(content: FeedEntry['content']): string {
  if (content === null) return '';
  const { kind, value } = content;
  if (kind === 'html' || (kind === 'unknown' && (HTML_TAG.test(value) || ENTITY.test(value)))) return htmlFragmentText(value);
  return value.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0).join('\n\n');
}
