import { createDocument } from '../../core/document.js';
import { ParleyError } from '../../core/errors.js';
import { feedEntryText } from './feed-entry-text.js';
import { declaredXmlEncoding, parseFeed, type ParsedFeed } from './feed-xml.js';
import { asIngestError, documentItem, errorItem, ingestError, type IngestItem, type InputReader, type ReaderOptions } from './input-reader.js';
import type { InputSource } from './input-source.js';
import { normalisePublicationDate } from './publication-date.js';
import { checkedText, readWholeBytes } from './whole-text.js';

/**
 * Reads an RSS 2.0, Atom or RSS 1.0 (RDF) feed: each item or entry is one document. Its id is the
 * guid (Atom id, `rdf:about`), else its link, else `<feed name>#<n>`; its text is
 * `content:encoded`, `content`, `description` or `summary` (the first with text), HTML turned into
 * paragraphs as the HTML reader does; its title and link are the item's; its date is `pubDate`,
 * `published`, `dc:date` or `updated` as YYYY-MM-DD, else `options.date`; its source is the
 * feed's title. An item without text gives an INPUT_FEED error naming the item number, and the
 * other items go on; a feed that is not one (no feed root, no items) gives one INPUT_FEED error.
 * An encoding named in the XML declaration is honoured.
 *
 * @example
 * createFeedReader().read(fileSource('gazette.rss', size), { date: null, maxBytes: 1e8 })
 * // documents with origins 'gazette.rss#item-1', 'gazette.rss#item-2', ...
 */
export function createFeedReader(): InputReader {
  return Object.freeze({
    format: 'rss' as const,
    async *read(source: InputSource, options: ReaderOptions): AsyncIterable<IngestItem> {
      const origin = source.origin;
      let feed: ParsedFeed | null;
      try {
        const bytes = await readWholeBytes(source, options);
        const xml = checkedText(bytes, origin, declaredXmlEncoding(bytes.subarray(0, 256)));
        feed = parseFeed(xml.replace(/^\uFEFF/, ''));
      } catch (e) {
        yield errorItem(e instanceof ParleyError || isFileSystemError(e) ? asIngestError(e, origin)
          : new ParleyError('INPUT_FEED', `cannot parse the feed: ${(e as Error)?.message ?? String(e)}`, { stage: 'ingest', input: origin, cause: e }));
        return;
      }
      if (feed === null) {
        yield errorItem(ingestError('INPUT_FEED', 'not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)', origin));
        return;
      }
      if (feed.entries.length === 0) {
        yield errorItem(ingestError('INPUT_FEED', `the ${feed.kind === 'atom' ? 'Atom' : 'RSS'} feed holds no items`, origin));
        return;
      }
      for (const [index, entry] of feed.entries.entries()) {
        const number = index + 1;
        const text = feedEntryText(entry.content);
        if (text === '') {
          const named = entry.title ? ` ("${entry.title}")` : '';
          yield errorItem(ingestError('INPUT_FEED', `item ${number}${named} has no text (no content, description or summary)`, origin));
          continue;
        }
        yield documentItem(createDocument({
          id: entry.id ?? entry.url ?? `${source.name}#${number}`,
          title: entry.title,
          date: normalisePublicationDate(entry.published) ?? options.date,
          url: entry.url,
          source: feed.title,
          byline: entry.author,
          format: 'rss',
          origin: `${origin}#item-${number}`,
        }, text));
      }
    },
  });
}

function isFileSystemError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}
