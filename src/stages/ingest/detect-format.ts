import type { InputFormat } from '../../core/document.js';

const BY_EXTENSION: ReadonlyMap<string, InputFormat> = new Map([
  ['.txt', 'text'], ['.text', 'text'],
  ['.html', 'html'], ['.htm', 'html'], ['.xhtml', 'html'],
  ['.jsonl', 'jsonl'], ['.ndjson', 'jsonl'],
  ['.rss', 'rss'], ['.atom', 'rss'],
  ['.warc', 'warc'], ['.warc.gz', 'warc'],
]);

const HTML_TAG = /<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|span|a|h[1-6]|ul|ol|li|table|br|img|header|nav)[\s>/]/i;

/**
 * The format a file name promises, or null when its extension says nothing.
 *
 * @example
 * formatFromExtension('news/a.HTM')       // 'html'
 * formatFromExtension('crawl.warc.gz')    // 'warc'
 * formatFromExtension('notes.md')         // null
 */
export function formatFromExtension(path: string): InputFormat | null {
  const name = path.toLowerCase();
  if (name.endsWith('.warc.gz')) return 'warc';
  const dot = name.lastIndexOf('.');
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  if (dot <= slash + 1) return null;
  return BY_EXTENSION.get(name.slice(dot)) ?? null;
}

/**
 * The format the first bytes of an input suggest: a WARC header, an XML feed, HTML (a leading `<`
 * and an HTML tag), JSONL (a first non-blank line that is a JSON object, or starts like one when
 * the line runs past the head), else plain text.
 *
 * @example
 * formatFromContent('{"id": "a1", "text": "Iran met Iraq."}\n') // 'jsonl'
 * formatFromContent('<!doctype html><p>Iran met Iraq.</p>')    // 'html'
 * formatFromContent('Iran met Iraq.')                           // 'text'
 */
export function formatFromContent(head: string): InputFormat {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('WARC/')) return 'warc';
  if (start.startsWith('<')) {
    if (/^<\?xml/i.test(start) && /<(?:rss|feed|rdf:RDF)[\s>]/.test(start)) return 'rss';
    if (/^<(?:rss|feed)[\s>]/.test(start)) return 'rss';
    if (HTML_TAG.test(start)) return 'html';
    return 'text';
  }
  if (start.startsWith('{')) {
    const newline = start.indexOf('\n');
    const firstLine = newline === -1 ? start : start.slice(0, newline);
    if (isJsonObject(firstLine)) return 'jsonl';
    // The head may cut a long first record short: judge it by how it starts.
    if (newline === -1 && /^\{\s*"[^"\n]*"\s*:/.test(firstLine)) return 'jsonl';
  }
  return 'text';
}

function isJsonObject(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

/**
 * The format an HTTP Content-Type names, or null when it names none Parley reads by type (then
 * the URL's extension and the content decide).
 *
 * @example
 * formatFromContentType('application/rss+xml; charset=utf-8') // 'rss'
 * formatFromContentType('text/html')                          // 'html'
 * formatFromContentType('application/octet-stream')           // null
 */
export function formatFromContentType(contentType: string | null | undefined): InputFormat | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/warc') return 'warc';
  if (/^(?:application|text)\/(?:[\w.-]+\+)?xml$/.test(type) || /(?:rss|atom)/.test(type)) return 'rss';
  if (/^application\/(?:x-)?(?:ndjson|jsonl|json-lines|jsonlines|x-jsonlines)$/.test(type)) return 'jsonl';
  if (type === 'text/plain') return 'text';
  return null;
}
