import { describe, it, expect } from 'vitest';
import { formatFromContent, formatFromContentType, formatFromExtension } from './detect-format.js';

describe('formatFromExtension', () => {
  it.each([
    ['a.txt', 'text'], ['a.TEXT', 'text'], ['dir/a.html', 'html'], ['a.htm', 'html'],
    ['a.jsonl', 'jsonl'], ['a.ndjson', 'jsonl'], ['feed.rss', 'rss'], ['crawl.warc', 'warc'], ['crawl.warc.gz', 'warc'],
    ['notes.md', null], ['README', null], ['.txt', null], ['dir.v2/README', null], ['-', null],
  ])('reads %s as %s', (path, expected) => {
    expect(formatFromExtension(path)).toBe(expected);
  });
});

describe('formatFromContent', () => {
  it.each([
    ['an HTML page', '<!DOCTYPE html>\n<html><body><p>x</p></body></html>', 'html'],
    ['an HTML fragment after white space', '\n  <p>Iran met Iraq.</p>', 'html'],
    ['HTML after a byte-order mark', '\uFEFF<div>x</div>', 'html'],
    ['a leading < that is not a tag', '<<< Breaking: talks collapse >>>', 'text'],
    ['a JSON object line', '{"id": "a", "text": "b"}\n{"id": "c", "text": "d"}', 'jsonl'],
    ['a JSON object after blank lines', '\n\n{"id": "a", "text": "b"}', 'jsonl'],
    ['a first record cut short by the head', '{"id": "a", "text": "long long', 'jsonl'],
    ['a pretty-printed JSON document', '{\n  "id": "a"\n}', 'text'],
    ['a JSON array', '[{"id": "a"}]', 'text'],
    ['a brace that starts prose', '{Editor\'s note} Iran met Iraq.', 'text'],
    ['plain prose', 'Iran and Iraq met in Baghdad on Monday.', 'text'],
    ['an RSS feed', '<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', 'rss'],
    ['an Atom feed', '<feed xmlns="http://www.w3.org/2005/Atom">', 'rss'],
    ['a WARC file', 'WARC/1.0\r\nWARC-Type: warcinfo\r\n', 'warc'],
  ])('reads %s as %s', (_what, head, expected) => {
    expect(formatFromContent(head)).toBe(expected);
  });
});

describe('formatFromContentType', () => {
  it.each([
    ['application/rss+xml; charset=utf-8', 'rss'], ['application/atom+xml', 'rss'], ['application/rdf+xml', 'rss'],
    ['text/xml', 'rss'], ['application/xml', 'rss'], ['text/html; charset=iso-8859-1', 'html'], ['application/xhtml+xml', 'html'],
    ['application/x-ndjson', 'jsonl'], ['application/jsonl', 'jsonl'], ['text/plain', 'text'], ['application/warc', 'warc'],
    ['application/json', null], ['application/octet-stream', null], ['', null], [null, null],
  ])('reads %s as %s', (type, format) => {
    expect(formatFromContentType(type)).toBe(format);
  });
});
