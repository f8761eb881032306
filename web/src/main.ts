import './styles.css';
import { createApiClient } from './api-client.js';
import type { ActorRow, DyadRow, StoreSummary } from './api-types.js';
import { el } from './dom.js';
import { createState } from './state.js';
import { hashOf, stateFromHash } from './url-state.js';
import { mountArticleReader } from './views/article-reader.js';
import { mountEventTable } from './views/event-table.js';
import { mountHeader } from './views/header.js';
import { mountMap } from './views/map.js';
import { mountNetwork } from './views/network.js';
import { mountSearch } from './views/search.js';
import { mountTimeline } from './views/timeline.js';
import type { ViewContext } from './views/view-context.js';

/** The composition root: one state, one API client, every view mounted on them; the URL keeps the state. */
async function start(app: HTMLElement): Promise<void> {
  const api = createApiClient();
  const state = createState(stateFromHash(location.hash));
  const ctx: ViewContext = { state, api };
  const empty = new URLSearchParams();
  // The views ask for their data at once; the header's lists and the timeline's span follow.
  const summary = api.summary().catch((): StoreSummary | null => null);
  const actors = api.actors(empty, 300).catch((): ActorRow[] => []);
  const dyads = api.dyads(empty, 'country', 40).then((rows) => rows.filter((d) => d.source !== d.target)).catch((): DyadRow[] => []);

  mountHeader(app, ctx, summary, actors, dyads);
  const grid = el('main', { class: 'grid' });
  app.append(grid);
  const cells = {
    timeline: el('div', { class: 'cell cell-timeline' }),
    map: el('div', { class: 'cell cell-map' }),
    network: el('div', { class: 'cell cell-network' }),
    search: el('div', { class: 'cell cell-search' }),
    events: el('div', { class: 'cell cell-events' }),
  };
  grid.append(...Object.values(cells));
  const extent = summary.then((s) => (s?.firstDate && s.lastDate ? { first: s.firstDate, last: s.lastDate } : null));
  // The timeline is the first view: the others ask for their data once it is drawn (or after a
  // second at most), so that its request and drawing do not queue behind theirs.
  const timelineDrawn = new Promise<void>((resolve) => {
    mountTimeline(cells.timeline, ctx, extent, resolve);
    setTimeout(resolve, 1000);
  });
  mountSearch(cells.search, ctx);
  await timelineDrawn;
  mountEventTable(cells.events, ctx);
  mountMap(cells.map, ctx);
  mountNetwork(cells.network, ctx);
  mountArticleReader(app, ctx);

  state.subscribe((s) => {
    const hash = hashOf(s);
    if (hash !== location.hash && !(hash === '' && location.hash === '')) history.replaceState(null, '', hash || location.pathname + location.search);
  });
  addEventListener('hashchange', () => state.update(stateFromHash(location.hash)));
  // The reader opens from a bookmarked URL too: the state was set before it subscribed.
  const initial = state.get();
  if (initial.reader) state.update({ reader: { ...initial.reader } });
}

const app = document.getElementById('app') as HTMLElement;
start(app).catch((e: unknown) => {
  app.replaceChildren(el('p', { class: 'fatal' }, `The dashboard could not start: ${e instanceof Error ? e.message : String(e)}`));
});
