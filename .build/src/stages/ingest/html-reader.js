import { createDocument } from '../../core/document.js';
import { ParleyError } from '../../core/errors.js';
import { extractHtmlArticle } from './html-article.js';
import { asIngestError, documentItem, errorItem, ingestError } from './input-reader.js';
import { readWholeText } from './whole-text.js';
/**
 * Reads an HTML page: the document text is the extracted article (paragraphs joined with blank
 * lines, widgets and page furniture left out); title, byline, URL and publication date come from
 * the page, the date falling back to `options.date`. A page with no article gives INPUT_HTML.
 *
 * @example
 * createHtmlReader().read(fileSource('page.html', size), { date: null, maxBytes: 1e8 })
 */
export function createHtmlReader() {
    return Object.freeze({
        format: 'html',
        async *read(source, options) {
            let html;
            try {
                html = await readWholeText(source, options);
            }
            catch (e) {
                yield errorItem(asIngestError(e, source.origin));
                return;
            }
            let article;
            try {
                article = extractHtmlArticle(html);
            }
            catch (e) {
                // The DOM or Readability choking on a page is a fact about that page, reported like one.
                yield errorItem(new ParleyError('INPUT_HTML', `cannot parse the HTML: ${e?.message ?? String(e)}`, { stage: 'ingest', input: source.origin, cause: e }));
                return;
            }
            if (article === null) {
                yield errorItem(ingestError('INPUT_HTML', 'no article text found in the HTML (empty body, or markup without prose)', source.origin));
                return;
            }
            yield documentItem(createDocument({
                id: source.name,
                title: article.title,
                date: article.date ?? options.date,
                url: article.url,
                source: article.siteName,
                byline: article.byline,
                format: 'html',
                origin: source.origin,
            }, article.text));
        },
    });
}
