import type { HtmlDocument } from './html-dom.js';
import { normalisePublicationDate } from './publication-date.js';

/** What an HTML page says about itself in its head: the metadata Parley keeps. */
export interface HtmlPageMeta {
  readonly title: string | null;
  readonly byline: string | null;
  readonly date: string | null;
  readonly url: string | null;
  readonly siteName: string | null;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
];
const NAMED_DATE_META = ['date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date'];

/**
 * Reads title, byline, publication date (normalised to YYYY-MM-DD), canonical URL and site name
 * from a page's meta tags, JSON-LD and `<time>` elements. Call it before Readability, which edits
 * the DOM.
 *
 * @example
 * readHtmlPageMeta(parseHtmlDocument('<meta property="article:published_time" content="2024-03-05T10:00:00Z"><p>x</p>')).date
 * // '2024-03-05'
 */
export function readHtmlPageMeta(document: HtmlDocument): HtmlPageMeta {
  return Object.freeze({
    title: metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? nonEmpty(document.title),
    byline: metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']),
    date: publicationDateOf(document),
    url: canonicalUrlOf(document),
    siteName: metaContent(document, ['meta[property="og:site_name"]']),
  });
}

function publicationDateOf(document: HtmlDocument): string | null {
  for (const selector of DATE_META) {
    const date = normalisePublicationDate(document.querySelector(selector)?.getAttribute('content'));
    if (date) return date;
  }
  const fromJsonLd = jsonLdDatePublished(document);
  if (fromJsonLd) return fromJsonLd;
  for (const meta of Array.from(document.querySelectorAll('meta[name]'))) {
    if (!NAMED_DATE_META.includes((meta.getAttribute('name') ?? '').toLowerCase())) continue;
    const date = normalisePublicationDate(meta.getAttribute('content'));
    if (date) return date;
  }
  const time = document.querySelector('time[pubdate][datetime]') ?? document.querySelector('time[datetime]');
  return normalisePublicationDate(time?.getAttribute('datetime'));
}

function jsonLdDatePublished(document: HtmlDocument): string | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a page's broken JSON-LD is its own problem, not a reason to refuse the page
    }
    const found = findDatePublished(data, 0);
    if (found) return found;
  }
  return null;
}

function findDatePublished(data: unknown, depth: number): string | null {
  if (depth > 6 || data === null || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = data as Record<string, unknown>;
  const own = typeof record.datePublished === 'string' ? normalisePublicationDate(record.datePublished) : null;
  if (own) return own;
  for (const value of Object.values(record)) {
    const found = findDatePublished(value, depth + 1);
    if (found) return found;
  }
  return null;
}

function canonicalUrlOf(document: HtmlDocument): string | null {
  return nonEmpty(document.querySelector('link[rel="canonical"]')?.getAttribute('href'))
    ?? metaContent(document, ['meta[property="og:url"]']);
}

function metaContent(document: HtmlDocument, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = nonEmpty(document.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

function nonEmpty(value: string | null | undefined): string | null {
  const s = value?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}
