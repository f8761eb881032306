import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { createHtmlReader } from './html-reader.js';
import { fileSource, memorySource } from './input-source.js';
import type { ParleyDocument } from '../../core/document.js';
import { FIXTURES, collectItems } from './fixtures.test-helper.js';

const options = { date: '2024-05-02', maxBytes: 1 << 20 };

async function readFixture(name: string): Promise<ParleyDocument> {
  const path = join(FIXTURES, name);
  const [item] = await collectItems(createHtmlReader().read(fileSource(path, statSync(path).size), options));
  if (item.kind !== 'document') throw new Error(item.error.oneLine());
  return item.doc;
}

async function readHtml(html: string, date: string | null = options.date): Promise<ParleyDocument> {
  const [item] = await collectItems(createHtmlReader().read(memorySource('page.html', html), { ...options, date }));
  if (item.kind !== 'document') throw new Error(item.error.oneLine());
  return item.doc;
}

describe('the HTML reader on a news page with a menu and in-article widgets', () => {
  it('keeps the article paragraphs and headings, joined with blank lines', async () => {
    const doc = await readFixture('article-with-widgets.html');
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs[0]).toBe('Jordanian and Syrian officials met in Amman on Tuesday for the first round of border talks in more than a year, the Jordanian foreign ministry said.');
    expect(paragraphs).toContain('Next round');
    expect(paragraphs.at(-1)).toBe('Both sides agreed to meet again in Damascus next month, officials said.');
  });

  it.each([
    ['the navigation menu', 'Opinion'],
    ['the share bar', 'Share on Facebook'],
    ['the figure caption and its credit', 'Delegates arrive'],
    ['the related-links box', 'Refugee camps brace'],
    ['the newsletter box', 'morning briefing'],
    ['the donation box', 'Donate to'],
    ['the footer', 'All rights reserved'],
    ['scripts', 'dataLayer'],
    ['the byline', 'By Lina'],
  ])('leaves out %s', async (_what, words) => {
    const doc = await readFixture('article-with-widgets.html');
    expect(doc.text).not.toContain(words);
  });

  it('reads title, byline, site, canonical URL and publication date from the page', async () => {
    const doc = await readFixture('article-with-widgets.html');
    expect(doc.meta).toMatchObject({
      id: 'article-with-widgets.html',
      format: 'html',
      title: 'Jordan and Syria resume border talks in Amman',
      byline: 'Lina Haddad',
      source: 'The Harbour Courier',
      url: 'https://courier.example.org/world/2023/11/14/border-talks-amman',
      date: '2023-11-14',
    });
  });

  it('reads a fragment of paragraphs without html or body tags', async () => {
    const doc = await readFixture('fragment.html');
    expect(doc.text).toBe('Kenya and Ethiopia signed a water-sharing accord in Nairobi on Friday, officials said.\n\nThe agreement covers the rivers that cross their shared border.');
  });
});

describe('the HTML reader finding the publication date', () => {
  const body = '<body><article><p>Indonesia and Malaysia signed a maritime boundary accord in Jakarta, the ministry said.</p></article></body>';
  it.each([
    ['og:published_time', '<meta property="og:published_time" content="2022-07-09T06:00:00Z">', '2022-07-09'],
    ['JSON-LD datePublished', '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2022-07-10T08:00:00+07:00"}]}</script>', '2022-07-10'],
    ['<meta name="date">', '<meta name="date" content="2022-07-11">', '2022-07-11'],
    ['<time datetime>', '', '2022-07-12'],
    ['nothing: falls back to --date', null, '2024-05-02'],
  ])('from %s', async (_where, head, expected) => {
    const time = head === '' ? '<time datetime="2022-07-12T10:00">12 July</time>' : '';
    const doc = await readHtml(`<html><head>${head ?? ''}</head>${body.replace('<article>', `<article>${time}`)}</html>`);
    expect(doc.meta.date).toBe(expected);
  });

  it('prefers the page date to --date', async () => {
    const doc = await readHtml(`<html><head><meta property="article:published_time" content="2021-01-05"></head>${body}</html>`, '2024-05-02');
    expect(doc.meta.date).toBe('2021-01-05');
  });

  it('takes the URL from og:url when there is no canonical link', async () => {
    const doc = await readHtml(`<html><head><meta property="og:url" content="https://news.example.com/a1"></head>${body}</html>`);
    expect(doc.meta.url).toBe('https://news.example.com/a1');
  });
});

describe('the HTML reader refusing pages without an article', () => {
  it.each([
    ['markup without prose', 'broken.html'],
  ])('gives INPUT_HTML for %s', async (_what, name) => {
    const path = join(FIXTURES, name);
    const items = await collectItems(createHtmlReader().read(fileSource(path, statSync(path).size), options));
    expect(items).toHaveLength(1);
    expect(items[0].kind === 'error' && items[0].error.oneLine()).toBe(`${path}: INPUT_HTML: no article text found in the HTML (empty body, or markup without prose)`);
  });

  it.each([
    ['an empty body', '<html><head><title>Nothing</title></head><body></body></html>'],
    ['only scripts and styles', '<html><body><script>var x = "Iran and Iraq met";</script><style>p{}</style></body></html>'],
    ['only a menu', '<html><body><nav><a>Home</a> <a>World</a> <a>Sport</a></nav></body></html>'],
    ['a list of section links', '<html><body><div><div>Home</div><div>World news</div><div>Contact us</div></div></body></html>'],
  ])('gives INPUT_HTML for %s', async (_what, html) => {
    const items = await collectItems(createHtmlReader().read(memorySource('page.html', html), options));
    expect(items.map((i) => i.kind === 'error' && i.error.code)).toEqual(['INPUT_HTML']);
  });
});
