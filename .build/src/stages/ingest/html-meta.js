import { normalisePublicationDate } from './publication-date.js';
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
export function readHtmlPageMeta(document) {
    return Object.freeze({
        title: metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? nonEmpty(document.title),
        byline: metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']),
        date: publicationDateOf(document),
        url: canonicalUrlOf(document),
        siteName: metaContent(document, ['meta[property="og:site_name"]']),
    });
}
function publicationDateOf(document) {
    for (const selector of DATE_META) {
        const date = normalisePublicationDate(document.querySelector(selector)?.getAttribute('content'));
        if (date)
            return date;
    }
    const fromJsonLd = jsonLdDatePublished(document);
    if (fromJsonLd)
        return fromJsonLd;
    for (const meta of Array.from(document.querySelectorAll('meta[name]'))) {
        if (!NAMED_DATE_META.includes((meta.getAttribute('name') ?? '').toLowerCase()))
            continue;
        const date = normalisePublicationDate(meta.getAttribute('content'));
        if (date)
            return date;
    }
    const time = document.querySelector('time[pubdate][datetime]') ?? document.querySelector('time[datetime]');
    return normalisePublicationDate(time?.getAttribute('datetime'));
}
function jsonLdDatePublished(document) {
    for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
        let data;
        try {
            data = JSON.parse(script.textContent ?? '');
        }
        catch {
            continue; // a page's broken JSON-LD is its own problem, not a reason to refuse the page
        }
        const found = findDatePublished(data, 0);
        if (found)
            return found;
    }
    return null;
}
function findDatePublished(data, depth) {
    if (depth > 6 || data === null || typeof data !== 'object')
        return null;
    if (Array.isArray(data)) {
        for (const item of data) {
            const found = findDatePublished(item, depth + 1);
            if (found)
                return found;
        }
        return null;
    }
    const record = data;
    const own = typeof record.datePublished === 'string' ? normalisePublicationDate(record.datePublished) : null;
    if (own)
        return own;
    for (const value of Object.values(record)) {
        const found = findDatePublished(value, depth + 1);
        if (found)
            return found;
    }
    return null;
}
function canonicalUrlOf(document) {
    return nonEmpty(document.querySelector('link[rel="canonical"]')?.getAttribute('href'))
        ?? metaContent(document, ['meta[property="og:url"]']);
}
function metaContent(document, selectors) {
    for (const selector of selectors) {
        const value = nonEmpty(document.querySelector(selector)?.getAttribute('content'));
        if (value)
            return value;
    }
    return null;
}
function nonEmpty(value) {
    const s = value?.replace(/\s+/g, ' ').trim();
    return s ? s : null;
}
