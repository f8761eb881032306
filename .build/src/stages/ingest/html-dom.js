import { parseHTML } from 'linkedom';
/**
 * A DOM for an HTML page or fragment. linkedom needs an `<html>` root to give a body, so a
 * fragment (`<p>...</p>`) is wrapped in one first.
 *
 * @example
 * parseHtmlDocument('<p>Iran met Iraq.</p>').body?.textContent // 'Iran met Iraq.'
 */
export function parseHtmlDocument(html) {
    const page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
    const { document } = parseHTML(page);
    return document;
}
