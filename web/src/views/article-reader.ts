import { errorMessage } from '../api-client.js';
import type { ArticleDetail, ArticleEventMention } from '../api-types.js';
import { CAMEO_ROOTS } from '../cameo-roots.js';
import { el } from '../dom.js';
import { codePointOffsets } from '../offsets.js';
import { quadColour, quadName } from '../quad-classes.js';
import { readerAnnotations } from '../reader-annotations.js';
import { layoutText, type Block } from '../text-layers.js';
import type { ViewContext } from './view-context.js';

const KINDS: readonly { readonly kind: string; readonly label: string }[] = [
  { kind: 'actor', label: 'actor' },
  { kind: 'trigger', label: 'event word' },
  { kind: 'place', label: 'place' },
  { kind: 'date', label: 'date' },
  { kind: 'boilerplate', label: 'boilerplate' },
];

/**
 * The article reader, a panel over the dashboard: the article's text with its actors, event words,
 * places and dates highlighted and its boilerplate greyed, and the events coded from it beside it.
 * The selected event's evidence sentence is marked (a `mark`), with its source and target; a click
 * on another event marks its own. Esc or the close button closes it.
 */
export function mountArticleReader(host: HTMLElement, ctx: ViewContext): void {
  const title = el('h2', { id: 'reader-title' }, '');
  const meta = el('p', { class: 'reader-meta' });
  const legend = el('div', { class: 'legend reader-legend' });
  const text = el('div', { class: 'reader-text', tabindex: 0 });
  const events = el('ol', { class: 'reader-events' });
  const status = el('p', { class: 'muted reader-status' });
  const close = () => ctx.state.update({ reader: null });
  const root = el('aside', { id: 'reader', class: 'reader', role: 'dialog', 'aria-labelledby': 'reader-title', hidden: true, 'data-state': 'idle' },
    el('div', { class: 'reader-backdrop', onclick: close }),
    el('div', { class: 'reader-sheet' },
      el('header', { class: 'reader-head' },
        el('div', {}, el('span', { class: 'eyebrow' }, 'Article'), title, meta),
        el('button', { type: 'button', class: 'btn close', 'aria-label': 'close the reader', onclick: close }, 'Close ×')),
      legend, status,
      el('div', { class: 'reader-body' },
        el('article', { class: 'reader-article' }, text),
        el('section', { class: 'reader-side' }, el('h3', {}, 'Coded events'), events))));
  host.append(root);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && ctx.state.get().reader) close(); });

  let detail: ArticleDetail | null = null;
  let ticket = 0;
  ctx.state.subscribe(async (s, prev) => {
    if (s.reader === prev.reader) return;
    if (!s.reader) {
      root.hidden = true;
      root.dataset.state = 'idle';
      return;
    }
    root.hidden = false;
    const { articleId, eventId } = s.reader;
    if (detail && detail.article.id === articleId) {
      render(eventId);
      return;
    }
    const mine = ++ticket;
    root.dataset.state = 'loading';
    status.textContent = 'loading…';
    text.replaceChildren();
    events.replaceChildren();
    try {
      const got = await ctx.api.article(articleId);
      if (mine !== ticket) return;
      detail = got;
      render(ctx.state.get().reader?.eventId ?? null);
    } catch (e) {
      if (mine !== ticket) return;
      root.dataset.state = 'error';
      status.textContent = errorMessage(e);
    }
  });

  function render(eventId: string | null): void {
    if (!detail) return;
    const d = detail;
    const selected = d.layers.events.find((m) => m.event.id === eventId || m.id === eventId) ?? null;
    title.textContent = d.article.title ?? d.article.doc_id;
    meta.replaceChildren(...[d.article.source, d.article.date, d.article.doc_id].filter(Boolean).map((x) => el('span', {}, String(x))));
    if (d.article.url) meta.append(el('a', { href: d.article.url, rel: 'noreferrer noopener', target: '_blank', class: 'url' }, d.article.url));
    const present = new Set<string>(['actor', 'boilerplate']);
    if (d.layers.triggers?.length || d.layers.events.some((m) => m.trigger)) present.add('trigger');
    if (d.layers.places?.length) present.add('place');
    if (d.layers.dates?.length) present.add('date');
    legend.replaceChildren(...KINDS.filter((k) => present.has(k.kind)).map((k) => el('span', { class: `legend-item hl-${k.kind}` }, k.label)),
      el('span', { class: 'legend-item hl-evidence' }, 'evidence of the selected event'));
    status.textContent = d.not_stored?.length && !present.has('trigger') ? `Not stored for this article: ${d.not_stored.join(', ')}.` : '';

    const toUnits = codePointOffsets(d.article.text);
    const sentences = d.layers.sentences.map((s) => ({ index: s.index, start: toUnits(s.span[0]), end: toUnits(s.span[1]) }));
    const blocks = layoutText(d.article.text.length, sentences, readerAnnotations(d, toUnits, selected));
    const evidence = selected ? { start: toUnits(selected.evidence.span[0]), end: toUnits(selected.evidence.span[1]), sentence: selected.sentence } : null;
    text.replaceChildren(...blocks.map((b) => blockElement(d.article.text, b, evidence)));

    events.replaceChildren(...d.layers.events.map((m) => eventCard(m, m === selected, () => {
      const reader = ctx.state.get().reader;
      if (reader) ctx.state.update({ reader: { articleId: reader.articleId, eventId: m.event.id } });
    })));
    if (!d.layers.events.length) events.append(el('li', { class: 'muted' }, 'No events were coded from this article.'));
    root.dataset.state = 'ready';
    root.dataset.articleId = String(d.article.id);
    root.dataset.eventId = selected?.event.id ?? '';
    const mark = text.querySelector('mark.evidence');
    if (mark) mark.scrollIntoView({ block: 'center' });
    else text.scrollTop = 0;
  }
}

function blockElement(text: string, b: Block, evidence: { start: number; end: number; sentence: number } | null): Node {
  const isEvidence = evidence !== null && b.sentence !== null && (b.sentence === evidence.sentence || (b.start < evidence.end && evidence.start < b.end));
  const pieces = b.pieces.map((p) => {
    const words = text.slice(p.start, p.end);
    if (!p.kinds.length) return document.createTextNode(words);
    return el('span', { class: p.kinds.map((k) => `hl-${k}`).join(' '), title: p.titles.join('; ') || null }, words);
  });
  if (b.sentence === null) return el('span', { class: 'gap' }, pieces);
  if (isEvidence) return el('mark', { class: 'evidence sentence', 'data-sentence': b.sentence }, pieces);
  return el('span', { class: 'sentence', 'data-sentence': b.sentence }, pieces);
}

function eventCard(m: ArticleEventMention, selected: boolean, select: () => void): HTMLElement {
  const where = m.location ? (m.location.name ?? m.location.country) : null;
  return el('li', { class: `reader-event${selected ? ' selected' : ''}` },
    el('button', { type: 'button', class: 'event-item', 'aria-pressed': String(selected), 'data-event-id': m.event.id, onclick: select },
      el('span', { class: 'quad-dot', style: `background:${quadColour(m.quad_class)}`, title: quadName(m.quad_class) }),
      el('span', { class: 'event-item-head' },
        el('strong', {}, `${m.source?.code ?? '—'} → ${m.target?.code ?? '—'}`), ' ',
        el('span', { class: 'code' }, m.cameo), ' ', el('span', {}, CAMEO_ROOTS[m.cameo_root] ?? '')),
      el('span', { class: 'event-item-facts' },
        [m.date.value ?? 'undated', where, m.modality, `conf. ${m.confidence.toFixed(2)}`, `Goldstein ${m.goldstein}`, m.plover ? m.plover.type : null]
          .filter(Boolean).join(' · ')),
      el('span', { class: 'event-item-text' }, '“', m.evidence.text, '”')));
}
