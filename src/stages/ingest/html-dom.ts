import { parseHTML } from 'linkedom';

/**
 * The few DOM operations the HTML reader uses. The project compiles without the DOM library, so
 * linkedom's nodes are seen through this shape rather than as `any`.
 */
export interface HtmlElement extends HtmlNode {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<HtmlElement>;
  readonly parentElement: HtmlElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
  remove(): void;
}

/** A node of any kind: elements are nodeType 1, text 3. */
export interface HtmlNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
}

export interface HtmlDocument {
  readonly documentElement: HtmlElement | null;
  readonly body: HtmlElement | null;
  readonly title: string;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
}

/**
 * A DOM for an HTML page or fragment. linkedom needs an `<html>` root to give a body, so a
 * fragment (`<p>...</p>`) is wrapped in one first.
 *
 * @example
 * parseHtmlDocument('<p>Iran met Iraq.</p>').body?.textContent // 'Iran met Iraq.'
 */
export function parseHtmlDocument(html: string): HtmlDocument {
  const page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  return document as HtmlDocument;
}
