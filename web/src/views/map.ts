import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { select } from 'd3-selection';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { errorMessage } from '../api-client.js';
import type { ApiEvent, PlaceRow, QuadClass } from '../api-types.js';
import { clusterPoints, type Cluster } from '../cluster-points.js';
import { el, formatCount, panel, setPanelState } from '../dom.js';
import { QUAD_CLASSES, quadColour, quadName } from '../quad-classes.js';
import { filterParameters, type DashboardState } from '../state.js';
import { eventList } from './event-list.js';
import { watchQuery, type ViewContext } from './view-context.js';

const CLUSTER_RADIUS = 16;
const PLACE_LIMIT = 1000;

/** A place with its events per quad class. */
interface MappedPlace {
  readonly place: string | null;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly events: number;
  readonly quad: Record<QuadClass, number>;
}

/** The country shapes and inner borders, converted from TopoJSON once per map. */
interface Basemap {
  readonly countries: FeatureCollection<Geometry>;
  readonly borders: ReturnType<typeof mesh>;
}

function basemap(): Basemap {
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  return {
    countries: feature(topology, topology.objects.countries) as FeatureCollection<Geometry>,
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
}

/**
 * The map: where the events of the current filters and range happened, on Natural Earth's country
 * shapes (world-atlas, drawn with d3-geo; nothing is fetched from the internet). Nearby places are
 * drawn as one circle, sized by events and coloured by their most frequent quad class. A click on
 * a circle lists its events; a click on one of those opens its article.
 */
export function mountMap(host: HTMLElement, ctx: ViewContext): void {
  const p = panel('map', 'Map');
  const fitButton = el('button', { type: 'button', class: 'seg', 'aria-pressed': 'false' }, 'Fit to events');
  p.controls.append(el('div', { class: 'segmented' }, fitButton));
  const chart = el('div', { class: 'map-chart' });
  const list = el('div', { class: 'map-events', hidden: true });
  p.body.append(chart, list);
  host.append(p.root);

  let places: MappedPlace[] = [];
  let fit = false;
  let selected: string | null = null;
  let current: DashboardState = ctx.state.get();
  const base = basemap();
  const draw = () => drawMap(chart, base, places, fit, selected, (c) => { selected = clusterKey(c); draw(); void showCluster(c); });
  new ResizeObserver(() => draw()).observe(chart);
  fitButton.addEventListener('click', () => {
    fit = !fit;
    fitButton.classList.toggle('on', fit);
    fitButton.setAttribute('aria-pressed', String(fit));
    draw();
  });

  let listTicket = 0;
  const showCluster = async (c: Cluster<MappedPlace>) => {
    const mine = ++listTicket;
    list.hidden = false;
    const names = c.items.map((m) => m.place ?? m.country);
    list.replaceChildren(el('h3', {}, `Events at ${names.slice(0, 4).join(', ')}${names.length > 4 ? ` and ${names.length - 4} more` : ''}`), el('p', { class: 'muted' }, 'loading…'));
    try {
      const pages = await Promise.all(c.items.slice(0, 8).map((m) => {
        const params = filterParameters(current, 'filters+range');
        params.set('place', m.place ?? m.country);
        return ctx.api.events(params, 200);
      }));
      if (mine !== listTicket) return;
      const events: ApiEvent[] = [];
      const seen = new Set<string>();
      for (const page of pages) for (const e of page.events) if (!seen.has(e.id)) { seen.add(e.id); events.push(e); }
      events.sort((a, b) => (a.date.value ?? '').localeCompare(b.date.value ?? ''));
      list.replaceChildren(
        el('h3', {}, `${formatCount(events.length)} events at ${names.slice(0, 4).join(', ')}${names.length > 4 ? ` and ${names.length - 4} more` : ''}`,
          el('button', { type: 'button', class: 'link close', 'aria-label': 'close the list', onclick: () => { list.hidden = true; selected = null; draw(); } }, '×')),
        eventList(events, ctx));
    } catch (e) {
      if (mine === listTicket) list.replaceChildren(el('p', { class: 'error' }, errorMessage(e)));
    }
  };

  watchQuery(ctx.state, 'filters+range', async (s, isLatest) => {
    setPanelState(p, 'loading', 'loading…');
    try {
      const params = filterParameters(s, 'filters+range');
      const perQuad = await Promise.all(QUAD_CLASSES.map((q) => {
        const withQuad = new URLSearchParams(params);
        if (s.quad !== null && s.quad !== q.quad) return Promise.resolve([] as PlaceRow[]);
        withQuad.set('quad', String(q.quad));
        return ctx.api.places(withQuad, PLACE_LIMIT);
      }));
      if (!isLatest()) return;
      current = s;
      places = mergeQuads(perQuad);
      selected = null;
      list.hidden = true;
      draw();
      const total = places.reduce((n, m) => n + m.events, 0);
      chart.dataset.places = String(places.length);
      setPanelState(p, 'ready', `${formatCount(places.length)} places · ${formatCount(total)} located events`);
    } catch (e) {
      if (isLatest()) setPanelState(p, 'error', errorMessage(e));
    }
  });
}

/** Joins the per-quad place lists into places with a count per quad (places without coordinates left out). */
function mergeQuads(perQuad: readonly (readonly PlaceRow[])[]): MappedPlace[] {
  const byKey = new Map<string, { place: string | null; country: string; lat: number; lon: number; events: number; quad: Record<QuadClass, number> }>();
  perQuad.forEach((rows, i) => {
    const quad = (i + 1) as QuadClass;
    for (const r of rows) {
      if (r.lat === null || r.lon === null) continue;
      const key = `${r.place ?? ''}|${r.country}`;
      let m = byKey.get(key);
      if (!m) {
        m = { place: r.place, country: r.country, lat: r.lat, lon: r.lon, events: 0, quad: { 1: 0, 2: 0, 3: 0, 4: 0 } };
        byKey.set(key, m);
      }
      m.events += r.events;
      m.quad[quad] += r.events;
    }
  });
  return [...byKey.values()].sort((a, b) => b.events - a.events);
}

function dominantQuad(quad: Record<QuadClass, number>): QuadClass {
  let best: QuadClass = 1;
  for (const q of [2, 3, 4] as const) if (quad[q] > quad[best]) best = q;
  return best;
}

function clusterKey(c: Cluster<MappedPlace>): string {
  return c.items.map((m) => `${m.place}|${m.country}`).join(';');
}

function drawMap(chart: HTMLElement, base: Basemap, places: readonly MappedPlace[], fit: boolean, selected: string | null, onPick: (c: Cluster<MappedPlace>) => void): void {
  const width = Math.max(320, chart.clientWidth);
  // Natural Earth's world is about twice as wide as high.
  const HEIGHT = Math.round(Math.min(420, Math.max(240, width * 0.54)));
  chart.replaceChildren();
  const projection: GeoProjection = geoNaturalEarth1();
  if (fit && places.length) {
    const pts: FeatureCollection = { type: 'FeatureCollection', features: places.map((m) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [m.lon, m.lat] } })) };
    projection.fitExtent([[40, 30], [width - 40, HEIGHT - 30]], pts);
    if (projection.scale() > 2000) projection.scale(2000);
  } else {
    projection.fitExtent([[4, 4], [width - 4, HEIGHT - 4]], { type: 'Sphere' });
  }
  const path = geoPath(projection);
  const svg = select(chart).append('svg').attr('width', width).attr('height', HEIGHT).attr('role', 'img').attr('aria-label', 'map of where the events happened');
  svg.append('defs').append('clipPath').attr('id', 'map-clip').append('rect').attr('width', width).attr('height', HEIGHT);
  const g = svg.append('g').attr('clip-path', 'url(#map-clip)');
  g.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }) ?? '');
  g.append('path').attr('class', 'graticule').attr('d', path(geoGraticule10()) ?? '');
  g.append('g').attr('class', 'countries').selectAll('path').data(base.countries.features).join('path').attr('d', (f) => path(f) ?? '')
    .append('title').text((f) => String((f.properties as { name?: string } | null)?.name ?? ''));
  g.append('path').attr('class', 'borders').attr('d', path(base.borders) ?? '');

  const projected = places.flatMap((m) => {
    const xy = projection([m.lon, m.lat]);
    return xy ? [{ x: xy[0], y: xy[1], weight: m.events, item: m }] : [];
  });
  const clusters = clusterPoints(projected, CLUSTER_RADIUS);
  const maxWeight = Math.max(1, ...clusters.map((c) => c.weight));
  const radius = (w: number) => 3.5 + 15 * Math.sqrt(w / maxWeight);
  const points = g.append('g').attr('class', 'points');
  // Small circles on top of big ones, so that every cluster can be clicked.
  for (const c of [...clusters].sort((a, b) => b.weight - a.weight)) {
    const quad: Record<QuadClass, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
    for (const m of c.items) for (const q of [1, 2, 3, 4] as const) quad[q] += m.quad[q];
    const top = dominantQuad(quad);
    const names = c.items.map((m) => m.place ?? m.country);
    const key = clusterKey(c);
    const node = points.append('g').attr('class', `cluster${key === selected ? ' selected' : ''}`).attr('transform', `translate(${c.x},${c.y})`)
      .attr('data-events', c.weight).attr('data-places', names.join(';')).attr('tabindex', 0).attr('role', 'button')
      .on('click', () => onPick(c)).on('keydown', (ev: KeyboardEvent) => { if (ev.key === 'Enter') onPick(c); });
    node.append('circle').attr('r', radius(c.weight)).attr('fill', quadColour(top));
    if (c.items.length > 1 && radius(c.weight) >= 9) node.append('text').attr('dy', '0.35em').attr('text-anchor', 'middle').text(String(c.items.length));
    node.append('title').text(`${names.slice(0, 6).join(', ')}${names.length > 6 ? '…' : ''}: ${c.weight} events\n${QUAD_CLASSES.map((q) => `${quadName(q.quad)}: ${quad[q.quad]}`).join('\n')}`);
  }
  const legend = svg.append('g').attr('class', 'map-legend').attr('transform', `translate(10,${HEIGHT - 12 - 16 * 4})`);
  QUAD_CLASSES.forEach((q, i) => {
    const row = legend.append('g').attr('transform', `translate(0,${i * 16})`);
    row.append('circle').attr('r', 5).attr('cx', 5).attr('cy', 5).attr('fill', q.colour);
    row.append('text').attr('x', 15).attr('y', 5).attr('dy', '0.35em').text(q.short);
  });
  if (!places.length) svg.append('text').attr('class', 'empty').attr('x', width / 2).attr('y', HEIGHT / 2).attr('text-anchor', 'middle').text('No located events for this selection');
}
