import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { errorMessage } from '../api-client.js';
import type { TimelinePoint } from '../api-types.js';
import { el, formatCount, panel, setPanelState } from '../dom.js';
import { brushedDays, dayAfter, periodEnd, periodStart } from '../periods.js';
import { QUAD_CLASSES } from '../quad-classes.js';
import { filterParameters, focusLabel, type Period } from '../state.js';
import { watchQuery, type ViewContext } from './view-context.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 250;
const MARGIN = { top: 10, right: 16, bottom: 22, left: 44 };
const GOLDSTEIN_BAND = 58;
const GAP = 14;

/**
 * The timeline: events per period stacked by quad class, and the Goldstein sum per period below.
 * Dragging across it brushes the date range every other view shows; a click clears it. Its whole
 * span is the store's, so that one focus compares with another.
 */
export function mountTimeline(host: HTMLElement, ctx: ViewContext, storeExtent: Promise<{ first: string; last: string } | null>, onFirstDraw: () => void = () => {}): void {
  const p = panel('timeline', 'Timeline');
  const perButtons = (['day', 'week', 'month'] as const).map((per) =>
    el('button', { type: 'button', class: 'seg', 'data-per': per, onclick: () => ctx.state.update({ per }) }, per));
  const legend = el('div', { class: 'legend' }, QUAD_CLASSES.map((q) =>
    el('span', { class: 'legend-item' }, el('i', { class: 'swatch', style: `background:${q.colour}` }), q.short)));
  p.controls.append(legend, el('div', { class: 'segmented', role: 'group', 'aria-label': 'period' }, perButtons));
  const chart = el('div', { class: 'timeline-chart' });
  p.body.append(chart);
  host.append(p.root);

  let points: TimelinePoint[] = [];
  let per: Period = ctx.state.get().per;
  let extent: { first: string; last: string } | null = null;

  const draw = () => drawTimeline(chart, points, per, ctx, extent);
  new ResizeObserver(() => draw()).observe(chart);

  watchQuery(ctx.state, 'filters', async (s, isLatest) => {
    for (const b of perButtons) b.classList.toggle('on', b.dataset.per === s.per);
    setPanelState(p, 'loading', 'loading…');
    try {
      const [rows, span] = await Promise.all([ctx.api.timeline(filterParameters(s, 'filters'), s.per), storeExtent]);
      if (!isLatest()) return;
      extent = span;
      points = rows;
      per = s.per;
      const total = rows.reduce((n, r) => n + r.events, 0);
      chart.dataset.events = String(total);
      chart.dataset.periods = String(rows.length);
      chart.dataset.focus = focusLabel(s.focus);
      draw();
      // The first view is drawn: the page's load time, for the dashboard's 2 s budget.
      if (!document.documentElement.dataset.firstViewMs) {
        document.documentElement.dataset.firstViewMs = String(Math.round(performance.now()));
        onFirstDraw();
      }
      setPanelState(p, 'ready', `${formatCount(total)} dated events · ${focusLabel(s.focus)} · per ${s.per}`);
    } catch (e) {
      if (isLatest()) setPanelState(p, 'error', errorMessage(e));
    }
  }, (s) => s.per);

  // The brush follows the range when another control (the header's "clear") changes it.
  ctx.state.subscribe((s, prev) => { if (s.range !== prev.range) draw(); });
}

function drawTimeline(chart: HTMLElement, points: readonly TimelinePoint[], per: Period, ctx: ViewContext, extent: { first: string; last: string } | null): void {
  const width = Math.max(320, chart.clientWidth);
  chart.replaceChildren();
  const svg = select(chart).append('svg').attr('xmlns', SVG).attr('width', width).attr('height', HEIGHT).attr('role', 'img')
    .attr('aria-label', 'events per period by quad class, and the Goldstein sum');
  const innerW = width - MARGIN.left - MARGIN.right;
  const barsH = HEIGHT - MARGIN.top - MARGIN.bottom - GOLDSTEIN_BAND - GAP;

  const first = extent ? periodStart(extent.first) : points.length ? periodStart(points[0].period) : new Date('2015-01-01T00:00:00Z');
  const lastDay = extent ? dayAfter(extent.last) : points.length ? periodEnd(points[points.length - 1].period, per) : new Date('2015-12-31T00:00:00Z');
  const start = points.length ? new Date(Math.min(first.getTime(), periodStart(points[0].period).getTime())) : first;
  const end = points.length ? new Date(Math.max(lastDay.getTime(), periodEnd(points[points.length - 1].period, per).getTime())) : lastDay;
  const x = scaleUtc().domain([start, end]).range([0, innerW]);
  const maxEvents = Math.max(1, ...points.map((d) => d.events));
  const y = scaleLinear().domain([0, maxEvents]).nice(4).range([barsH, 0]);
  const maxG = Math.max(1, ...points.map((d) => Math.abs(d.goldstein)));
  const g = scaleLinear().domain([-maxG, maxG]).range([GOLDSTEIN_BAND, 0]);

  const root = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  // Grid and y ticks for the counts.
  for (const t of y.ticks(4)) {
    root.append('line').attr('class', 'grid').attr('x1', 0).attr('x2', innerW).attr('y1', y(t)).attr('y2', y(t));
    root.append('text').attr('class', 'tick').attr('x', -6).attr('y', y(t)).attr('dy', '0.32em').attr('text-anchor', 'end').text(String(t));
  }

  const bars = root.append('g').attr('class', 'bars');
  for (const d of points) {
    const x0 = x(periodStart(d.period));
    const x1 = x(periodEnd(d.period, per));
    const w = Math.max(1, x1 - x0 - (x1 - x0 > 4 ? 1 : 0));
    let stacked = 0;
    const bar = bars.append('g').attr('class', 'bar').attr('data-period', d.period).attr('data-events', d.events);
    for (const q of QUAD_CLASSES) {
      const n = d.quad[q.quad];
      if (!n) continue;
      bar.append('rect').attr('x', x0).attr('width', w).attr('y', y(stacked + n)).attr('height', y(stacked) - y(stacked + n)).attr('fill', q.colour);
      stacked += n;
    }
    bar.append('title').text(`${d.period}: ${d.events} events (${QUAD_CLASSES.map((q) => `${q.short} ${d.quad[q.quad]}`).join(', ')}), Goldstein sum ${d.goldstein}`);
  }

  // The Goldstein band: one bar per period, up for cooperation, down for conflict.
  const band = root.append('g').attr('class', 'goldstein').attr('transform', `translate(0,${barsH + GAP})`);
  band.append('line').attr('class', 'zero').attr('x1', 0).attr('x2', innerW).attr('y1', g(0)).attr('y2', g(0));
  band.append('text').attr('class', 'tick').attr('x', -6).attr('y', g(0)).attr('dy', '0.32em').attr('text-anchor', 'end').text('0');
  band.append('text').attr('class', 'band-label').attr('x', 4).attr('y', 2).attr('dy', '0.7em').text('Goldstein sum (up: cooperation, down: conflict)');
  for (const d of points) {
    const x0 = x(periodStart(d.period));
    const w = Math.max(1, x(periodEnd(d.period, per)) - x0 - 1);
    const top = Math.min(g(0), g(d.goldstein));
    band.append('rect').attr('x', x0).attr('width', w).attr('y', top).attr('height', Math.max(0.5, Math.abs(g(d.goldstein) - g(0))))
      .attr('fill', d.goldstein >= 0 ? QUAD_CLASSES[1].colour : QUAD_CLASSES[3].colour).attr('opacity', 0.75)
      .append('title').text(`${d.period}: Goldstein sum ${d.goldstein}`);
  }

  // The time axis.
  const axisY = barsH + GAP + GOLDSTEIN_BAND;
  const axis = root.append('g').attr('class', 'x-axis').attr('transform', `translate(0,${axisY})`);
  axis.append('line').attr('x1', 0).attr('x2', innerW).attr('y1', 0).attr('y2', 0);
  const ticks = x.ticks(Math.max(2, Math.floor(innerW / 90)));
  const format = x.tickFormat();
  for (const t of ticks) {
    axis.append('line').attr('x1', x(t)).attr('x2', x(t)).attr('y1', 0).attr('y2', 4);
    axis.append('text').attr('class', 'tick').attr('x', x(t)).attr('y', 15).attr('text-anchor', 'middle').text(format(t));
  }

  if (!points.length) {
    root.append('text').attr('class', 'empty').attr('x', innerW / 2).attr('y', barsH / 2).attr('text-anchor', 'middle').text('No dated events for this selection');
  }

  // The brush: its end sets the shared date range (a click without a drag clears it).
  const brush: BrushBehavior<unknown> = brushX().extent([[0, 0], [innerW, axisY]]);
  const brushG = root.append('g').attr('class', 'brush');
  brushG.call(brush);
  const range = ctx.state.get().range;
  if (range) brushG.call(brush.move, [x(new Date(`${range.from}T00:00:00Z`)), x(dayAfter(range.to))]);
  brush.on('end', (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent) return;
    const sel = event.selection as [number, number] | null;
    if (!sel) {
      if (ctx.state.get().range) ctx.state.update({ range: null });
      return;
    }
    const days = brushedDays(x.invert(sel[0]), x.invert(sel[1]));
    const current = ctx.state.get().range;
    if (!current || current.from !== days.from || current.to !== days.to) ctx.state.update({ range: days });
  });
  chart.dataset.width = String(innerW);
}

