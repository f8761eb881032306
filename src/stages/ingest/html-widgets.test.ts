import { describe, it, expect } from 'vitest';
import { parseHtmlDocument } from './html-dom.js';
import { stripWidgets } from './html-widgets.js';

const PROSE = '<p>Argentina and Brazil agreed on Tuesday to extend their energy pact for ten years, officials said.</p>';

function textAfterStripping(html: string): string {
  const doc = parseHtmlDocument(`<html><body>${html}</body></html>`);
  stripWidgets(doc);
  return (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('stripWidgets', () => {
  it.each([
    ['a share bar', '<div class="share-bar">Share on X</div>'],
    ['a camel-cased share widget', '<div class="articleShareTools">Share on X</div>'],
    ['a related-links box', '<div id="related-stories"><a>Other story</a></div>'],
    ['a newsletter box', '<section class="newsletter">Sign up</section>'],
    ['a donation box', '<div class="donate">Give now</div>'],
    ['an ad slot', '<div class="ad-slot">Buy now</div>'],
    ['a cookie notice', '<div id="cookie-consent">We use cookies</div>'],
    ['a comment section', '<section class="comments">Nice article</section>'],
    ['a figure and its caption', '<figure><img src="a.jpg"><figcaption>Ministers meet</figcaption></figure>'],
    ['a photo credit', '<span class="credit">Photo: Staff</span>'],
    ['a navigation landmark', '<div role="navigation">Home World</div>'],
    ['a labelled share widget', '<div aria-label="Share this article">Email</div>'],
    ['hidden text', '<div aria-hidden="true">Skip</div><div hidden>Gone</div>'],
    ['a script', '<script>var tracking = 1;</script>'],
  ])('removes %s', (_what, widget) => {
    expect(textAfterStripping(`<article>${PROSE}${widget}</article>`)).toBe(PROSE.replace(/<\/?p>/g, ''));
  });

  it.each([
    ['head', '<div class="article-head">Energy pact</div>'],
    ['download', '<div class="download-links">PDF</div>'],
    ['shadow', '<div class="shadow-box">Boxed</div>'],
    ['commentary', '<div class="commentary">Analysis</div>'],
    ['address', '<div class="address">Brasilia</div>'],
  ])("keeps elements whose classes merely contain a widget word ('%s')", (_word, el) => {
    expect(textAfterStripping(`<article>${PROSE}${el}</article>`)).toContain(el.replace(/<[^>]+>/g, ''));
  });

  it('never removes the column that holds the article, whatever its class', () => {
    expect(textAfterStripping(`<div class="content has-sidebar">${PROSE}${PROSE}</div><div class="sidebar">Popular</div>`))
      .not.toContain('Popular');
    expect(textAfterStripping(`<div class="content has-sidebar">${PROSE}${PROSE}</div>`)).toContain('Argentina');
  });

  it('keeps an article that an old CMS wrapped, whole, in a form', () => {
    expect(textAfterStripping(`<form id="aspnetForm"><div>${PROSE}${PROSE}</div><nav>Menu</nav></form>`))
      .toBe(`${PROSE}${PROSE}`.replace(/<\/?p>/g, ''));
  });
});
