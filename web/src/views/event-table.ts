import { errorMessage } from '../api-client.js';
import type { ApiEvent } from '../api-types.js';
import { CAMEO_ROOTS } from '../cameo-roots.js';
import { toCsv } from '../csv.js';
import { el, formatCount, panel, setPanelState } from '../dom.js';
import { EVENT_COLUMNS, EVENT_CSV_COLUMNS, sortEvents } from '../event-columns.js';
import { quadColour, quadName } from '../quad-classes.js';
import { filterParameters, type DashboardState } from '../state.js';
import { watchQuery, type ViewContext } from './view-context.js';

/**
 * Events per page asked of the API: a page is quick to lay out and, on a million events, costs the
 * server about a third less than pages of 500 did (docs/performance.md, "Server"); "load more"
 * asks for the next.
 */
const PAGE = 150;

/**
 * The event table: the events of the current filters and date range, sortable by any column
 * (click its head), each row opening its article in the reader, with a CSV download of the rows
 * loaded. Pages of 150 come from the API; "load more" asks for the next.
 */
export function mountEventTable(host: HTMLElement, ctx: ViewContext): void {
  const p = panel('events', 'Events');
  const more = el('button', { type: 'button', class: 'btn', hidden: true }, 'Load more from the store');
  const download = el('button', { type: 'button', class: 'btn', id: 'csv-download', title: 'Download the loaded rows as CSV' }, 'Download CSV');
  p.controls.append(download);
  const head = el('tr');
  const tbody = el('tbody');
  const table = el('table', { class: 'event-table' }, el('thead', {}, head), tbody);
  p.body.append(el('div', { class: 'table-scroll' }, table), el('div', { class: 'table-foot' }, more));
  host.append(p.root);

  let rows: ApiEvent[] = [];
  let next: string | null = null;
  let sort = { key: 'date', direction: 'desc' as 'asc' | 'desc' };
  let current: DashboardState = ctx.state.get();

  for (const c of EVENT_COLUMNS) {
    const th = el('th', { scope: 'col', class: c.numeric ? 'num' : '', 'data-key': c.key },
      el('button', { type: 'button', class: 'sort', onclick: () => {
        sort = { key: c.key, direction: sort.key === c.key ? (sort.direction === 'asc' ? 'desc' : 'asc') : c.numeric || c.key === 'date' ? 'desc' : 'asc' };
        render();
      } }, c.label));
    head.append(th);
  }

  const render = () => {
    const column = EVENT_COLUMNS.find((c) => c.key === sort.key) ?? EVENT_COLUMNS[0];
    for (const th of head.children) {
      const key = (th as HTMLElement).dataset.key;
      th.setAttribute('aria-sort', key === sort.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none');
    }
    tbody.replaceChildren(...sortEvents(rows, column, sort.direction).map((e) => eventRow(e, ctx)));
    if (!rows.length) tbody.append(el('tr', {}, el('td', { colspan: EVENT_COLUMNS.length, class: 'empty' }, 'No events match these filters.')));
    more.hidden = next === null;
    const range = current.range ? ` · ${current.range.from} to ${current.range.to}` : '';
    setPanelState(p, 'ready', `${formatCount(rows.length)}${next ? '+' : ''} events${range}`);
    table.dataset.rows = String(rows.length);
  };

  more.addEventListener('click', async () => {
    if (next === null) return;
    more.disabled = true;
    try {
      const page = await ctx.api.events(filterParameters(current, 'filters+range'), PAGE, next);
      rows = rows.concat(page.events);
      next = page.next;
      render();
    } catch (e) {
      setPanelState(p, 'error', errorMessage(e));
    } finally {
      more.disabled = false;
    }
  });

  download.addEventListener('click', () => {
    const blob = new Blob([toCsv(EVENT_CSV_COLUMNS, rows)], { type: 'text/csv;charset=utf-8' });
    const a = el('a', { href: URL.createObjectURL(blob), download: 'parley-events.csv' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });

  watchQuery(ctx.state, 'filters+range', async (s, isLatest) => {
    setPanelState(p, 'loading', 'loading…');
    try {
      const page = await ctx.api.events(filterParameters(s, 'filters+range'), PAGE);
      if (!isLatest()) return;
      current = s;
      rows = page.events;
      next = page.next;
      table.dataset.from = s.range?.from ?? '';
      table.dataset.to = s.range?.to ?? '';
      render();
    } catch (e) {
      if (isLatest()) setPanelState(p, 'error', errorMessage(e));
    }
  });
}

function eventRow(e: ApiEvent, ctx: ViewContext): HTMLTableRowElement {
  const open = () => { if (e.article_id !== null) ctx.state.update({ reader: { articleId: e.article_id, eventId: e.id } }); };
  const actor = (a: ApiEvent['source']) => a ? el('span', { class: 'code', title: a.name ?? a.text }, a.code) : el('span', { class: 'muted' }, '—');
  const place = e.location ? (e.location.name ?? e.location.country ?? '') : '';
  return el('tr', { 'data-event-id': e.id, 'data-date': e.date.value ?? '', 'data-article-id': e.article_id ?? '', tabindex: 0, class: 'event-row',
    onclick: open, onkeydown: (ev) => { if ((ev as KeyboardEvent).key === 'Enter') open(); } },
  el('td', { class: 'nowrap' }, e.date.value ?? el('span', { class: 'muted' }, 'undated')),
  el('td', {}, actor(e.source)),
  el('td', {}, actor(e.target)),
  el('td', { title: CAMEO_ROOTS[e.cameo_root] ?? '' }, el('span', { class: 'code' }, e.cameo)),
  el('td', { class: 'num' }, el('span', { class: 'quad-chip', style: `background:${quadColour(e.quad_class)}`, title: quadName(e.quad_class) }, String(e.quad_class))),
  el('td', { class: 'num' }, e.goldstein.toFixed(1)),
  el('td', {}, e.plover?.type ?? ''),
  el('td', {}, place),
  el('td', { class: 'num' }, e.confidence.toFixed(2)),
  el('td', { class: 'num' }, String(e.mentions)),
  el('td', { class: 'evidence', title: e.evidence.text }, e.evidence.text));
}
