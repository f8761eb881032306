import type { ApiEvent } from '../api-types.js';
import { CAMEO_ROOTS } from '../cameo-roots.js';
import { el } from '../dom.js';
import { quadColour, quadName } from '../quad-classes.js';
import type { ViewContext } from './view-context.js';

/** A compact list of events (date, dyad, code, evidence); a click opens one in the reader. */
export function eventList(events: readonly ApiEvent[], ctx: ViewContext, max = 200): HTMLElement {
  const items = events.slice(0, max).map((e) => el('li', {},
    el('button', { type: 'button', class: 'event-item', 'data-event-id': e.id, disabled: e.article_id === null,
      onclick: () => { if (e.article_id !== null) ctx.state.update({ reader: { articleId: e.article_id, eventId: e.id } }); } },
    el('span', { class: 'quad-dot', style: `background:${quadColour(e.quad_class)}`, title: quadName(e.quad_class) }),
    el('span', { class: 'event-item-head' },
      el('span', { class: 'muted' }, e.date.value ?? 'undated'), ' ',
      el('strong', {}, `${e.source?.code ?? '—'} → ${e.target?.code ?? '—'}`), ' ',
      el('span', { class: 'code', title: CAMEO_ROOTS[e.cameo_root] ?? '' }, e.cameo), ' ',
      el('span', { class: 'muted' }, CAMEO_ROOTS[e.cameo_root] ?? '')),
    el('span', { class: 'event-item-text' }, e.evidence.text))));
  const list = el('ul', { class: 'event-list' }, items);
  if (events.length > max) list.append(el('li', { class: 'muted' }, `and ${events.length - max} more`));
  if (!events.length) list.append(el('li', { class: 'muted' }, 'No events.'));
  return list;
}
