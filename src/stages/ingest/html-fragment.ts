import { parseHtmlDocument, type HtmlElement, type HtmlNode } from './html-dom.js';
import { stripWidgets } from './html-widgets.js';

/** Elements that start and end a paragraph of their own. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'blockquote', 'pre', 'dl', 'dd', 'dt', 'table', 'tr', 'td', 'th', 'hr', 'address',
]);

/** Stands for a `<br>` until paragraphs are split: two in a row end a paragraph. */
const LINE_BREAK = '\u2029';

/**
 * The text of an HTML fragment (a feed item's `content:encoded`, an Atom `type="html"` entry) as
 * the HTML reader gives an article: widgets stripped, one paragraph per block element (and per
 * run of text between `<br><br>`), white space collapsed, paragraphs joined with blank lines.
 * Unlike a whole page, a fragment is taken as it is, without Readability: it is the article.
 *
 * @example
 * htmlFragmentText('<p>Iran &amp; Iraq met.</p>Talks went on.<br><br>Both sides spoke.')
 * // 'Iran & Iraq met.\n\nTalks went on.\n\nBoth sides spoke.'
 */
export function htmlFragmentText(html: string): string {
  const document = parseHtmlDocument(html);
  const body = document.body;
  if (!body) return '';
  stripWidgets(document);
  return fragmentParagraphs(body).join('\n\n');
}

function fragmentParagraphs(root: HtmlElement): string[] {
  const out: string[] = [];
  let pending = '';
  const flush = (): void => {
    for (const part of pending.split(new RegExp(`${LINE_BREAK}\\s*${LINE_BREAK}`))) {
      const text = part.replaceAll(LINE_BREAK, ' ').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    }
    pending = '';
  };
  const visit = (node: HtmlNode): void => {
    if (node.nodeType === 3) {
      pending += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as HtmlElement).tagName.toLowerCase();
    if (tag === 'br') {
      pending += LINE_BREAK;
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) flush();
  };
  for (const child of Array.from(root.childNodes)) visit(child);
  flush();
  return out;
}
