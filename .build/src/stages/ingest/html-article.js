import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from './html-dom.js';
import { readHtmlPageMeta } from './html-meta.js';
import { stripWidgets } from './html-widgets.js';
import { normalisePublicationDate } from './publication-date.js';
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dd', 'dt', 'td', 'th']);
const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], .byline, .author-name';
/**
 * Extracts the article from an HTML page: metadata from the head first, then in-article widgets
 * stripped, then Readability over what is left, then the text rebuilt from the article's block
 * elements. Returns null when there is no article to be had (no body text, Readability finds
 * nothing, or what it finds holds no paragraph of four words or more).
 *
 * @example
 * extractHtmlArticle('<html><body><article><p>Iran and Iraq signed a border accord on Monday.</p></article></body></html>')?.text
 * // 'Iran and Iraq signed a border accord on Monday.'
 */
export function extractHtmlArticle(html) {
    const document = parseHtmlDocument(html);
    if (!document.body || collapse(document.body.textContent).length === 0)
        return null;
    const meta = readHtmlPageMeta(document);
    const domByline = collapse(document.querySelector(BYLINE_SELECTOR)?.textContent) || null;
    stripWidgets(document);
    const article = new Readability(document, { serializer: (node) => node }).parse();
    if (!article?.content)
        return null;
    const blocks = blockTexts(article.content);
    const text = blocks.length > 0 ? blocks.join('\n\n') : paragraphsOf(article.textContent ?? '');
    if (!hasProse(text))
        return null;
    return Object.freeze({
        text,
        title: meta.title ?? (collapse(article.title) || null),
        byline: meta.byline ?? domByline ?? (collapse(article.byline) || null),
        date: meta.date ?? normalisePublicationDate(article.publishedTime),
        url: meta.url,
        siteName: meta.siteName ?? (collapse(article.siteName) || null),
    });
}
/** Texts of the innermost block elements, in document order, white space collapsed. */
function blockTexts(root) {
    const out = [];
    const visit = (el) => {
        const tag = el.tagName.toLowerCase();
        if (BLOCK_TAGS.has(tag) && !hasBlockDescendant(el)) {
            const t = collapse(el.textContent);
            if (t)
                out.push(t);
            return;
        }
        for (const child of Array.from(el.children))
            visit(child);
    };
    visit(root);
    return out;
}
function hasBlockDescendant(el) {
    return el.querySelector('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td, th') !== null;
}
function paragraphsOf(text) {
    return text.split(/\n\s*\n/).map(collapse).filter((t) => t.length > 0).join('\n\n');
}
/** Prose, not menu debris: some paragraph has at least four words. */
function hasProse(text) {
    return text.split('\n\n').some((block) => (block.match(/\p{L}+/gu)?.length ?? 0) >= 4);
}
function collapse(s) {
    return (s ?? '').replace(/\s+/g, ' ').trim();
}
