import { DOMParser } from 'linkedom';

/** The kinds of feed Parley reads. */
export type FeedKind = 'rss' | 'atom' | 'rdf';

/** What an item's text is written in: HTML, plain text, or not said (RSS descriptions). */
export type FeedContentKind = 'html' | 'text' | 'unknown';

/** One item (RSS) or entry (Atom) as the feed gives it, before any cleaning. */
export interface FeedEntry {
  /** guid, Atom id or `rdf:about`, else null. */
  readonly id: string | null;
  readonly url: string | null;
  readonly title: string | null;
  /** `dc:creator`, `author` (an Atom author's `name`), else null. */
  readonly author: string | null;
  /** The publication timestamp as written (pubDate, published, updated, dc:date). */
  readonly published: string | null;
  /** The fullest text the item carries, or null. */
  readonly content: { readonly kind: FeedContentKind; readonly value: string } | null;
}

/** A parsed feed: its kind, its own title (the documents' source) and its entries in order. */
export interface ParsedFeed {
  readonly kind: FeedKind;
  readonly title: string | null;
  readonly entries: readonly FeedEntry[];
}

/** linkedom's XML elements, seen through the few members used here. */
interface XmlElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly innerHTML: string;
  readonly children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

/** Text sources, fullest first; names are compared lower-cased, prefixes included. */
const CONTENT_NAMES = ['content:encoded', 'content', 'description', 'summary', 'dc:description'];
const DATE_NAMES = ['pubdate', 'published', 'dc:date', 'updated', 'dcterms:issued', 'dcterms:created', 'dcterms:modified', 'issued', 'modified'];

/**
 * Parses an RSS 2.0, Atom or RSS 1.0 (RDF) feed. Returns null when the XML has no feed root
 * (`<rss>`, `<feed>`, `<rdf:RDF>`): not XML at all, or some other document.
 *
 * @example
 * parseFeed('<rss><channel><title>Gazette</title><item><guid>a1</guid><description>Iran met Iraq.</description></item></channel></rss>')
 * // { kind: 'rss', title: 'Gazette', entries: [{ id: 'a1', content: { kind: 'unknown', value: 'Iran met Iraq.' }, ... }] }
 */
export function parseFeed(xml: string): ParsedFeed | null {
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: XmlElement | null | undefined };
  const root = document.documentElement;
  if (!root) return null;
  const kind = feedKindOf(root.tagName);
  if (kind === null) return null;
  const channel = kind === 'atom' ? root : childNamed(root, ['channel']);
  const entryName = kind === 'atom' ? 'entry' : 'item';
  const entries = Array.from(root.getElementsByTagName(entryName)).filter((e) => e.tagName.toLowerCase() === entryName).map((e) => readEntry(e, kind));
  return Object.freeze({ kind, title: channel ? textOf(childNamed(channel, ['title'])) : null, entries: Object.freeze(entries) });
}

function feedKindOf(tagName: string): FeedKind | null {
  const name = tagName.toLowerCase();
  if (name === 'rss') return 'rss';
  if (name === 'feed' || name.endsWith(':feed')) return 'atom';
  if (name === 'rdf:rdf' || name === 'rdf') return 'rdf';
  return null;
}

function readEntry(entry: XmlElement, kind: FeedKind): FeedEntry {
  const url = kind === 'atom' ? atomLink(entry) : textOf(childNamed(entry, ['link']));
  const id = textOf(childNamed(entry, ['guid', 'id'])) ?? (entry.getAttribute('rdf:about')?.trim() || null);
  return Object.freeze({
    id,
    url,
    title: textOf(childNamed(entry, ['title'])),
    author: authorOf(entry),
    published: firstText(entry, DATE_NAMES),
    content: contentOf(entry),
  });
}

function authorOf(entry: XmlElement): string | null {
  const author = childNamed(entry, ['dc:creator', 'author']);
  if (!author) return null;
  return textOf(childNamed(author, ['name'])) ?? textOf(author);
}

/** An Atom entry's page: the `alternate` link, or a link with no `rel`. */
function atomLink(entry: XmlElement): string | null {
  for (const child of Array.from(entry.children)) {
    if (child.tagName.toLowerCase() !== 'link') continue;
    const rel = child.getAttribute('rel');
    const href = child.getAttribute('href')?.trim();
    if (href && (rel === null || rel === 'alternate')) return href;
  }
  return null;
}

function contentOf(entry: XmlElement): FeedEntry['content'] {
  for (const name of CONTENT_NAMES) {
    const el = childNamed(entry, [name]);
    if (!el) continue;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    // Atom XHTML content is markup in the XML itself, not escaped text.
    const value = type === 'xhtml' ? el.innerHTML : el.textContent ?? '';
    if (value.trim() === '') continue;
    const kind: FeedContentKind = name === 'content:encoded' || type === 'html' || type === 'xhtml' || type === 'text/html' ? 'html'
      : type === 'text' || type === 'text/plain' ? 'text' : 'unknown';
    return Object.freeze({ kind, value });
  }
  return null;
}

function firstText(el: XmlElement, names: readonly string[]): string | null {
  for (const name of names) {
    const text = textOf(childNamed(el, [name]));
    if (text) return text;
  }
  return null;
}

function childNamed(el: XmlElement, names: readonly string[]): XmlElement | null {
  for (const child of Array.from(el.children)) {
    if (names.includes(child.tagName.toLowerCase())) return child;
  }
  return null;
}

function textOf(el: XmlElement | null): string | null {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/**
 * The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), or null
 * when there is none, it says UTF-8, or a UTF-8 byte-order mark overrides it.
 *
 * @example
 * declaredXmlEncoding(new TextEncoder().encode('<?xml version="1.0" encoding="windows-1252"?><rss/>')) // 'windows-1252'
 */
export function declaredXmlEncoding(head: Uint8Array): string | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return null;
  const start = Buffer.from(head.subarray(0, 256)).toString('latin1');
  const m = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(start);
  if (!m) return null;
  return /^utf-?8$/i.test(m[1]) ? null : m[1];
}
