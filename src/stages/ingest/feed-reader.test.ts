import { describe, it, expect } from 'vitest';
import { createFeedReader } from './feed-reader.js';
import { collectItems, summarise } from './fixtures.test-helper.js';
import { DEFAULT_MAX_BYTES, type IngestItem, type ReaderOptions } from './input-reader.js';
import { memorySource } from './input-source.js';

const OPTIONS: ReaderOptions = { date: '2024-05-01', maxBytes: DEFAULT_MAX_BYTES };
const read = (name: string, xml: string | Uint8Array, options = OPTIONS): Promise<IngestItem[]> =>
  collectItems(createFeedReader().read(memorySource(name, xml, `feeds/${name}`), options));
const docs = (items: readonly IngestItem[]) => items.flatMap((i) => (i.kind === 'document' ? [i.doc] : []));

const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>The Harbour Ledger</title>
    <link>https://ledger.example/</link>
    <item>
      <title>Ports deal signed</title>
      <link>https://ledger.example/ports-deal</link>
      <guid isPermaLink="false">ledger-0412</guid>
      <pubDate>Tue, 12 Mar 2024 08:15:00 GMT</pubDate>
      <dc:creator>Ana Ruiz</dc:creator>
      <description>Short teaser.</description>
      <content:encoded><![CDATA[<p>Kenya and Tanzania signed a ports accord on Tuesday.</p><div class="share-bar">Share this</div><p>Officials in Mombasa welcomed it.</p>]]></content:encoded>
    </item>
    <item>
      <title>Minister resigns</title>
      <link>https://ledger.example/minister</link>
      <dc:date>2024-03-13T22:40:00+03:00</dc:date>
      <description>&lt;p&gt;The transport minister of Uganda resigned &amp;amp; left office.&lt;/p&gt;</description>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Steppe Wire</title>
  <id>urn:steppe-wire</id>
  <entry>
    <title>Border talks resume</title>
    <id>tag:steppe.example,2024:talks-7</id>
    <link rel="self" href="https://steppe.example/api/7"/>
    <link rel="alternate" type="text/html" href="https://steppe.example/talks-7"/>
    <published>2024-02-02T06:00:00Z</published>
    <updated>2024-02-03T09:00:00Z</updated>
    <author><name>B. Sultanov</name><email>b@steppe.example</email></author>
    <summary>Summary only.</summary>
    <content type="html">&lt;p&gt;Kazakhstan and Kyrgyzstan resumed border talks in Almaty.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Grain exports</title>
    <id>tag:steppe.example,2024:grain-8</id>
    <updated>2024-02-04T09:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Kazakhstan raised grain exports to China.</p><p>Prices fell.</p></div></content>
  </entry>
  <entry>
    <title>Plain note</title>
    <id>tag:steppe.example,2024:note-9</id>
    <content type="text">Mongolia   hosted a trade fair.

It drew buyers from Russia.</content>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://fjord.example/rss">
    <title>Fjord Post</title>
  </channel>
  <item rdf:about="https://fjord.example/a/1">
    <title>Fisheries pact</title>
    <link>https://fjord.example/a/1</link>
    <dc:date>2023-11-20</dc:date>
    <description>Norway and Iceland agreed a fisheries pact.</description>
  </item>
</rdf:RDF>`;

describe('the feed reader', () => {
  it('reads each RSS 2.0 item as a document: guid, link, title, date, feed title and content', async () => {
    const [first, second] = docs(await read('ledger.rss', RSS2));
    expect(first.meta).toEqual({
      id: 'ledger-0412', title: 'Ports deal signed', date: '2024-03-12', url: 'https://ledger.example/ports-deal',
      source: 'The Harbour Ledger', byline: 'Ana Ruiz', format: 'rss', origin: 'feeds/ledger.rss#item-1',
    });
    expect(first.text).toBe('Kenya and Tanzania signed a ports accord on Tuesday.\n\nOfficials in Mombasa welcomed it.');
    expect(second.meta.id).toBe('https://ledger.example/minister');
    expect(second.meta.date).toBe('2024-03-13');
  });

  it('prefers content:encoded to the description, and reads an escaped HTML description as HTML', async () => {
    const [first, second] = docs(await read('ledger.rss', RSS2));
    expect(first.text).not.toContain('Short teaser');
    expect(second.text).toBe('The transport minister of Uganda resigned & left office.');
  });

  it('reads each Atom entry: id, alternate link, published date, author name and content', async () => {
    const [talks] = docs(await read('steppe.atom', ATOM));
    expect(talks.meta).toMatchObject({
      id: 'tag:steppe.example,2024:talks-7', url: 'https://steppe.example/talks-7', title: 'Border talks resume',
      date: '2024-02-02', source: 'Steppe Wire', byline: 'B. Sultanov',
    });
    expect(talks.text).toBe('Kazakhstan and Kyrgyzstan resumed border talks in Almaty.');
  });

  it.each([
    ['XHTML content, paragraph by paragraph', 1, 'Kazakhstan raised grain exports to China.\n\nPrices fell.'],
    ['plain-text content, split at blank lines', 2, 'Mongolia hosted a trade fair.\n\nIt drew buyers from Russia.'],
  ])('reads Atom %s', async (_what, index, text) => {
    expect(docs(await read('steppe.atom', ATOM))[index].text).toBe(text);
  });

  it('falls back to the updated date, then to --date', async () => {
    const [, grain, note] = docs(await read('steppe.atom', ATOM));
    expect(grain.meta.date).toBe('2024-02-04');
    expect(note.meta.date).toBe('2024-05-01');
  });

  it('reads an RSS 1.0 (RDF) feed', async () => {
    const [pact] = docs(await read('fjord.rdf', RDF));
    expect(pact.meta).toMatchObject({ id: 'https://fjord.example/a/1', url: 'https://fjord.example/a/1', source: 'Fjord Post', date: '2023-11-20' });
    expect(pact.text).toBe('Norway and Iceland agreed a fisheries pact.');
  });

  it('reports an item without text by its number, and reads the items around it', async () => {
    const xml = `<rss><channel><title>T</title>
      <item><guid>a</guid><description>Chile recalled its envoy to Peru.</description></item>
      <item><guid>b</guid><title>Photo gallery</title><description>  </description></item>
      <item><guid>c</guid><description>Peru protested.</description></item>
    </channel></rss>`;
    const items = await read('news.rss', xml);
    expect(summarise(items)).toEqual(['doc a', 'INPUT_FEED feeds/news.rss', 'doc c']);
    expect(items[1].kind === 'error' && items[1].error.oneLine()).toBe('feeds/news.rss: INPUT_FEED: item 2 ("Photo gallery") has no text (no content, description or summary)');
  });

  it('names an item with neither guid nor link after the feed and its number', async () => {
    const [doc] = docs(await read('bare.rss', '<rss><channel><item><description>Chile recalled its envoy.</description></item></channel></rss>'));
    expect(doc.meta.id).toBe('bare.rss#1');
    expect(doc.meta.source).toBeNull();
  });

  it.each([
    ['a feed with no items', '<rss version="2.0"><channel><title>Quiet</title></channel></rss>', 'the RSS feed holds no items'],
    ['an XML document that is no feed', '<?xml version="1.0"?><sitemap><url>x</url></sitemap>', 'not an RSS or Atom feed'],
    ['text that is not XML', 'Chile recalled its envoy.', 'not an RSS or Atom feed'],
  ])('refuses %s with one INPUT_FEED error naming the input', async (_what, xml, message) => {
    const items = await read('bad.rss', xml);
    expect(summarise(items)).toEqual(['INPUT_FEED feeds/bad.rss']);
    expect(items[0].kind === 'error' && items[0].error.message).toContain(message);
  });

  it('decodes a feed in the encoding its XML declaration names', async () => {
    const head = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><guid>s</guid><description>Caf', 'latin1');
    const bytes = Buffer.concat([head, Buffer.from([0xe9]), Buffer.from(' owners in Bogot\xe1 went on strike.</description></item></channel></rss>', 'latin1')]);
    expect(docs(await read('latin.rss', bytes))[0].text).toBe('Café owners in Bogotá went on strike.');
  });

  it('refuses a feed declaring an encoding Parley cannot decode', async () => {
    const items = await read('odd.rss', '<?xml version="1.0" encoding="x-unknown-9"?><rss><channel><item><description>x</description></item></channel></rss>');
    expect(summarise(items)).toEqual(['INPUT_ENCODING feeds/odd.rss']);
  });
});
