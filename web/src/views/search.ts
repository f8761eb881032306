import { errorMessage } from '../api-client.js';
import { el, formatCount, panel, setPanelState } from '../dom.js';
import type { ViewContext } from './view-context.js';

/**
 * Search over the stored articles (SQLite FTS5 over titles and texts: words, "phrases", AND, OR,
 * NOT, prefix*): the best matches with a snippet; a click opens the article in the reader, and
 * "Filter events" keeps only the events those words' articles reported.
 */
export function mountSearch(host: HTMLElement, ctx: ViewContext): void {
  const p = panel('search', 'Search articles');
  const input = el('input', { type: 'search', id: 'search-input', placeholder: 'e.g. ceasefire, "peace talks", sanction*', 'aria-label': 'search words' });
  const filter = el('button', { type: 'button', class: 'btn', title: 'Show only events reported by articles with these words' }, 'Filter events');
  const form = el('form', { class: 'search-form', role: 'search' }, input, el('button', { type: 'submit', class: 'btn primary' }, 'Search'), filter);
  const results = el('ol', { class: 'search-results' },
    el('li', { class: 'muted hint' }, 'Words, "phrases", AND / OR / NOT and prefix* search the titles and texts of the stored articles. Pick one to read it with its coded events.'));
  p.body.append(form, results);
  host.append(p.root);
  setPanelState(p, 'ready', '');

  let ticket = 0;
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const q = input.value.trim();
    if (!q) return;
    const mine = ++ticket;
    setPanelState(p, 'loading', 'searching…');
    try {
      const hits = await ctx.api.search(q, 30);
      if (mine !== ticket) return;
      results.replaceChildren(...hits.map((h) => el('li', {},
        el('button', { type: 'button', class: 'search-hit', 'data-article-id': h.id, onclick: () => ctx.state.update({ reader: { articleId: h.id, eventId: null } }) },
          el('span', { class: 'search-title' }, h.title ?? h.doc_id),
          el('span', { class: 'muted search-meta' }, [h.source, h.date].filter(Boolean).join(' · ')),
          el('span', { class: 'search-snippet' }, h.snippet.replace(/\s+/g, ' '))))));
      if (!hits.length) results.append(el('li', { class: 'muted' }, 'No article matches these words.'));
      setPanelState(p, 'ready', `${formatCount(hits.length)}${hits.length === 30 ? '+' : ''} articles`);
    } catch (e) {
      if (mine === ticket) setPanelState(p, 'error', errorMessage(e));
    }
  });
  filter.addEventListener('click', () => {
    const q = input.value.trim();
    ctx.state.update({ text: q === '' ? null : q });
  });
}
