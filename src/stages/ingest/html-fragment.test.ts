import { describe, it, expect } from 'vitest';
import { htmlFragmentText } from './html-fragment.js';

describe('htmlFragmentText', () => {
  it.each([
    ['paragraphs, joined by blank lines', '<p>Chile recalled its envoy.</p><p>Peru said nothing.</p>', 'Chile recalled its envoy.\n\nPeru said nothing.'],
    ['inline markup, kept as its words', '<p>Chile <b>recalled</b> its <a href="#">envoy</a>.</p>', 'Chile recalled its envoy.'],
    ['entities, decoded', '<p>Trade &amp; tariffs&nbsp;talks</p>', 'Trade & tariffs talks'],
    ['text between blocks, as paragraphs of its own', 'Lead text.<p>Body text.</p>Tail text.', 'Lead text.\n\nBody text.\n\nTail text.'],
    ['a double line break, as a paragraph break', 'First part.<br><br>Second part.', 'First part.\n\nSecond part.'],
    ['a single line break, as a space', 'First line<br>second line.', 'First line second line.'],
    ['list items, one paragraph each', '<ul><li>One point.</li><li>Two points.</li></ul>', 'One point.\n\nTwo points.'],
    ['source line ends and spaces, collapsed', '<p>Chile\n   recalled\tits envoy.</p>', 'Chile recalled its envoy.'],
    ['plain text with no markup, as it is', 'Chile recalled its envoy.', 'Chile recalled its envoy.'],
  ])('reads %s', (_what, html, text) => {
    expect(htmlFragmentText(html)).toBe(text);
  });

  it('leaves out scripts, share bars and figure captions', () => {
    const html = '<p>Chile recalled its envoy.</p><script>track()</script><div class="share-bar">Share on X</div>'
      + '<figure><img src="a.jpg"><figcaption>The envoy in 2020.</figcaption></figure><p>Peru said nothing.</p>';
    expect(htmlFragmentText(html)).toBe('Chile recalled its envoy.\n\nPeru said nothing.');
  });

  it('gives an empty string for markup without text', () => {
    expect(htmlFragmentText('<p> </p><img src="a.jpg">')).toBe('');
  });
});
