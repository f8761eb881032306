import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { select } from 'd3-selection';
import { errorMessage } from '../api-client.js';
import type { DyadRow } from '../api-types.js';
import { el, formatCount, panel, setPanelState } from '../dom.js';
import { goldsteinColour } from '../quad-classes.js';
import { filterParameters } from '../state.js';
import { watchQuery, type ViewContext } from './view-context.js';

const HEIGHT = 380;
const EDGE_LIMIT = 80;

interface ActorNode extends SimulationNodeDatum {
  readonly id: string;
  events: number;
}

interface DyadEdge extends SimulationLinkDatum<ActorNode> {
  readonly row: DyadRow;
}

/**
 * The actor network: who acts on whom among the events of the current filters and range. An arrow
 * runs from source to target, as wide as its events and coloured by their mean Goldstein score
 * (red for conflict, blue for cooperation); a node's size is its events. A click on a node makes
 * it the dashboard's focus. Whole codes (USAGOV) or countries (USA) by the level toggle.
 */
export function mountNetwork(host: HTMLElement, ctx: ViewContext): void {
  const p = panel('network', 'Actor network');
  let level: 'country' | 'code' = 'country';
  const buttons = (['country', 'code'] as const).map((l) => el('button', { type: 'button', class: `seg${l === level ? ' on' : ''}`, 'data-level': l,
    onclick: () => { level = l; for (const b of buttons) b.classList.toggle('on', b.dataset.level === l); reload(); } }, l === 'country' ? 'countries' : 'actors'));
  p.controls.append(el('div', { class: 'segmented' }, buttons));
  const chart = el('div', { class: 'network-chart' });
  p.body.append(chart, el('div', { class: 'network-legend' },
    el('span', {}, 'mean Goldstein'), el('i', { class: 'ramp' }), el('span', { class: 'ramp-ends' }, el('span', {}, '−10'), el('span', {}, '0'), el('span', {}, '+10'))));
  host.append(p.root);

  let rows: DyadRow[] = [];
  const draw = () => drawNetwork(chart, rows, ctx);
  new ResizeObserver(() => draw()).observe(chart);
  let reloadTicket = 0;
  const load = async (isLatest: () => boolean) => {
    setPanelState(p, 'loading', 'loading…');
    try {
      const got = await ctx.api.dyads(filterParameters(ctx.state.get(), 'filters+range'), level, EDGE_LIMIT);
      if (!isLatest()) return;
      rows = got;
      draw();
      chart.dataset.edges = String(rows.length);
      const between = rows.filter((r) => r.source !== r.target);
      setPanelState(p, 'ready', `${formatCount(between.length)} pairs · ${formatCount(between.reduce((n, r) => n + r.events, 0))} events`);
    } catch (e) {
      if (isLatest()) setPanelState(p, 'error', errorMessage(e));
    }
  };
  const reload = () => { const mine = ++reloadTicket; void load(() => mine === reloadTicket); };
  watchQuery(ctx.state, 'filters+range', () => reload());
}

function drawNetwork(chart: HTMLElement, rows: readonly DyadRow[], ctx: ViewContext): void {
  const width = Math.max(320, chart.clientWidth);
  chart.replaceChildren();
  const svg = select(chart).append('svg').attr('width', width).attr('height', HEIGHT).attr('role', 'img').attr('aria-label', 'who acts on whom');
  if (!rows.length) {
    svg.append('text').attr('class', 'empty').attr('x', width / 2).attr('y', HEIGHT / 2).attr('text-anchor', 'middle').text('No dyads for this selection');
    return;
  }
  const nodes = new Map<string, ActorNode>();
  const node = (id: string) => { let n = nodes.get(id); if (!n) { n = { id, events: 0 }; nodes.set(id, n); } return n; };
  const edges: DyadEdge[] = [];
  // Events within one actor (a country's government and its opposition) are not drawn as loops:
  // they would crowd the picture; a node's tooltip counts them.
  const domestic = new Map<string, number>();
  for (const r of rows) {
    if (r.target === r.source) {
      domestic.set(r.source, (domestic.get(r.source) ?? 0) + r.events);
      continue;
    }
    node(r.source).events += r.events;
    node(r.target).events += r.events;
    edges.push({ source: r.source, target: r.target, row: r });
  }
  if (!edges.length) {
    svg.append('text').attr('class', 'empty').attr('x', width / 2).attr('y', HEIGHT / 2).attr('text-anchor', 'middle').text('No pairs of different actors for this selection');
    return;
  }
  const list = [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id));
  // A deterministic start on a circle, so that the same data lays out the same way.
  list.forEach((n, i) => { const a = (2 * Math.PI * i) / list.length; n.x = width / 2 + 120 * Math.cos(a); n.y = HEIGHT / 2 + 120 * Math.sin(a); });
  const maxNode = Math.max(1, ...list.map((n) => n.events));
  const r = (n: ActorNode) => 5 + 13 * Math.sqrt(n.events / maxNode);
  const maxEdge = Math.max(1, ...rows.map((d) => d.events));
  const w = (d: DyadRow) => 1 + 5 * Math.sqrt(d.events / maxEdge);
  const sim = forceSimulation(list)
    .force('link', forceLink<ActorNode, DyadEdge>(edges).id((n) => n.id).distance(70).strength(0.5))
    .force('charge', forceManyBody().strength(-180))
    .force('x', forceX(width / 2).strength(0.07))
    .force('y', forceY(HEIGHT / 2).strength(0.1))
    .force('collide', forceCollide<ActorNode>().radius((n) => r(n) + 16).iterations(3))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  const pad = 24;
  for (const n of list) {
    n.x = Math.max(pad, Math.min(width - pad, n.x ?? 0));
    n.y = Math.max(pad, Math.min(HEIGHT - pad, n.y ?? 0));
  }

  const defs = svg.append('defs');
  const arrowId = (colour: string) => `arrow-${colour.replace(/[^0-9]/g, '-')}`;
  const colours = new Set(rows.map((d) => goldsteinColour(d.mean_goldstein)));
  for (const c of colours) {
    defs.append('marker').attr('id', arrowId(c)).attr('viewBox', '0 -4 8 8').attr('refX', 7).attr('refY', 0).attr('markerWidth', 5).attr('markerHeight', 5)
      .attr('orient', 'auto').attr('markerUnits', 'userSpaceOnUse').append('path').attr('d', 'M0,-4L8,0L0,4').attr('fill', c);
  }
  const edgeG = svg.append('g').attr('class', 'edges');
  for (const e of edges) {
    const s = nodes.get(e.row.source) as ActorNode;
    const t = nodes.get(e.row.target) as ActorNode;
    const colour = goldsteinColour(e.row.mean_goldstein);
    const title = `${e.row.source} → ${e.row.target}: ${e.row.events} events, mean Goldstein ${e.row.mean_goldstein}`;
    const x1 = s.x ?? 0, y1 = s.y ?? 0, x2 = t.x ?? 0, y2 = t.y ?? 0;
    const dx = x2 - x1, dy = y2 - y1, len = Math.hypot(dx, dy) || 1;
    // Bend each arrow to its right, so that A → B and B → A stay apart; stop it at the target's rim.
    const mx = (x1 + x2) / 2 - (dy / len) * len * 0.15, my = (y1 + y2) / 2 + (dx / len) * len * 0.15;
    const ex = x2 - ((x2 - mx) / Math.hypot(x2 - mx, y2 - my)) * (r(t) + 2), ey = y2 - ((y2 - my) / Math.hypot(x2 - mx, y2 - my)) * (r(t) + 2);
    edgeG.append('path').attr('d', `M${x1},${y1} Q${mx},${my} ${ex},${ey}`).attr('fill', 'none').attr('stroke', colour)
      .attr('stroke-width', w(e.row)).attr('stroke-opacity', 0.8).attr('marker-end', `url(#${arrowId(colour)})`)
      .attr('data-dyad', `${e.row.source},${e.row.target}`).append('title').text(title);
  }
  const nodeG = svg.append('g').attr('class', 'nodes');
  for (const n of list) {
    const g = nodeG.append('g').attr('class', 'node').attr('transform', `translate(${n.x},${n.y})`).attr('data-actor', n.id).attr('tabindex', 0).attr('role', 'button')
      .on('click', () => ctx.state.update({ focus: { kind: 'actor', actor: n.id } }))
      .on('keydown', (ev: KeyboardEvent) => { if (ev.key === 'Enter') ctx.state.update({ focus: { kind: 'actor', actor: n.id } }); });
    g.append('circle').attr('r', r(n));
    g.append('text').attr('y', -r(n) - 4).attr('text-anchor', 'middle').text(n.id);
    g.append('title').text(`${n.id}: ${n.events} events with the others drawn${domestic.has(n.id) ? `, ${domestic.get(n.id)} within ${n.id}` : ''} (click to focus on it)`);
  }
}
