import { createDashboardDraws } from './dashboard-draws.js';

/**
 * Which of the dashboard's requests a simulated user sends: `issue`, the two endpoints of issue 5's
 * goal (the timeline and the event table's pages); `all`, also the map's places (one request per
 * quad class), the network's dyads and, on opening, the store summary and the header's lists.
 */
export type DashboardViews = 'issue' | 'all';

/** A request of the dashboard, named by the view that makes it. */
export interface UserRequest {
  readonly kind: 'timeline' | 'event page, first page' | 'event page, next page' | 'places (map)' | 'dyads (network)' | 'summary and header lists';
  readonly path: string;
}

/** One thing a user does on the dashboard, and the requests the browser sends for it, all at once. */
export interface DashboardAction {
  readonly name: 'open the dashboard' | 'pick an actor or dyad' | 'brush a date window' | 'set or clear a filter' | 'change the period' | 'load more rows';
  readonly requests: readonly UserRequest[];
}

/** A simulated dashboard user: draws its next action, reads the answers it needs, and thinks. */
export interface DashboardUser {
  /** The next action, changed state included; every action but the first sends at least one request. */
  next(): DashboardAction;
  /** Reads an answered request: the event table keeps the cursor of its last page for "load more". */
  answered(request: UserRequest, body: string): void;
  /** A think time in ms: `floorMs` plus an exponential draw of mean `meanMs`. */
  thinkMs(meanMs: number, floorMs: number): number;
}

type Period = 'day' | 'week' | 'month';
interface UserState {
  focus: string;
  quad: string | null;
  root: string | null;
  minConfidence: string | null;
  range: { from: string; to: string } | null;
  per: Period;
}

/** The CAMEO roots and minimum confidences the dashboard's header offers (web/src/views/header.ts). */
const ROOTS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'];
const CONFIDENCES = ['0.3', '0.5', '0.7', '0.9'];
const FILTERS = ['quad', 'root', 'minConfidence'] as const;
/** The dashboard's page sizes (web/src/views): the event table, the map's places, the network's edges. */
const TABLE_PAGE = 150;
const PLACE_LIMIT = 1000;
const EDGE_LIMIT = 80;

/**
 * A user of the dashboard, deterministic for a seed. Its actions and their shares: pick an actor
 * or dyad (30%, Zipf-wise as the mix draws them), brush a date window (30%; one in seven clears
 * it), set or clear one of the header's filters (15%: quad class, CAMEO root, minimum confidence;
 * at most `maxFilters` at once, one by default as in the mix, up to the header's three),
 * change the timeline's period (5%), load the table's next page (20%, when it has one; else a
 * brush). Each action sends what web/src sends for it: the timeline refetches when the focus,
 * filters or period change (not the range, which it sets), the event table (pages of 150), map and
 * network when the focus, filters or range change; all at once, as the browser does. `tablePage`
 * (150, the dashboard's) sets the event table's page size, to try another.
 *
 * @example
 * const user = createDashboardUser(1000, 'issue');
 * user.next().requests // [{ kind: 'timeline', path: '/api/timeline?per=week' }, { kind: 'event page, first page', path: '/api/events?limit=150' }]
 */
export function createDashboardUser(seed: number, views: DashboardViews, maxFilters = 1, tablePage = TABLE_PAGE): DashboardUser {
  const d = createDashboardDraws(seed);
  const s: UserState = { focus: '', quad: null, root: null, minConfidence: null, range: null, per: 'week' };
  let opened = false;
  let tableQuery = '';
  let next: string | null = null;

  /** The API's filter parameters for the state, in the order web/src/state.ts writes them. */
  const filters = (withRange: boolean): URLSearchParams => {
    const p = new URLSearchParams(s.focus);
    if (s.quad !== null) p.set('quad', s.quad);
    if (s.root !== null) p.set('root', s.root);
    if (s.minConfidence !== null) p.set('min_confidence', s.minConfidence);
    if (withRange && s.range) {
      p.set('from', s.range.from);
      p.set('to', s.range.to);
    }
    return p;
  };
  const withParams = (p: URLSearchParams, extra: Record<string, string>) => {
    const q = new URLSearchParams(p);
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    return q.toString();
  };
  const timeline = (): UserRequest => ({ kind: 'timeline', path: `/api/timeline?${withParams(filters(false), { per: s.per })}` });
  /** The views that follow the range: the event table's first page, and the map and network. */
  const rangedViews = (): UserRequest[] => {
    const p = filters(true);
    tableQuery = withParams(p, { limit: String(tablePage) });
    next = null;
    const out: UserRequest[] = [{ kind: 'event page, first page', path: `/api/events?${tableQuery}` }];
    if (views === 'all') {
      for (const quad of ['1', '2', '3', '4']) {
        if (s.quad === null || s.quad === quad) out.push({ kind: 'places (map)', path: `/api/places?${withParams(p, { quad, limit: String(PLACE_LIMIT) })}` });
      }
      out.push({ kind: 'dyads (network)', path: `/api/dyads?${withParams(p, { level: 'country', limit: String(EDGE_LIMIT) })}` });
    }
    return out;
  };

  const pickFocus = (): DashboardAction | null => {
    const focus = d.who();
    if (focus === s.focus) return null;
    s.focus = focus;
    return { name: 'pick an actor or dyad', requests: [timeline(), ...rangedViews()] };
  };
  const brush = (): DashboardAction => {
    if (s.range && d.rand() < 1 / 7) s.range = null;
    else {
      const [, from, to] = /from=([\d-]+)&to=([\d-]+)/.exec(d.window(s.per === 'month' ? 1800 : s.per === 'week' ? 700 : 180)) as RegExpExecArray;
      s.range = { from, to };
    }
    return { name: 'brush a date window', requests: rangedViews() };
  };
  const filter = (): DashboardAction => {
    const which = d.pick(FILTERS);
    const clear = s[which] !== null && d.rand() < 0.4;
    const value = clear ? null : which === 'quad' ? String(1 + Math.floor(d.rand() * 4)) : which === 'root' ? d.pick(ROOTS) : d.pick(CONFIDENCES);
    if (value === s[which]) return { name: 'set or clear a filter', requests: [] };
    s[which] = value;
    // At most `maxFilters` at once: a new one replaces the others beyond it, the first found first.
    const others = FILTERS.filter((f) => f !== which && s[f] !== null);
    while (value !== null && others.length >= maxFilters) s[others.shift() as (typeof FILTERS)[number]] = null;
    return { name: 'set or clear a filter', requests: [timeline(), ...rangedViews()] };
  };
  const period = (): DashboardAction => {
    s.per = d.pick((['day', 'week', 'month'] as const).filter((p) => p !== s.per));
    return { name: 'change the period', requests: [timeline()] };
  };

  return {
    next() {
      if (!opened) {
        opened = true;
        const header: UserRequest[] = views === 'all'
          ? ['/api/summary', '/api/actors?limit=300', '/api/dyads?level=country&limit=40'].map((path) => ({ kind: 'summary and header lists', path }))
          : [];
        return { name: 'open the dashboard', requests: [...header, timeline(), ...rangedViews()] };
      }
      for (;;) {
        const r = d.rand();
        const action = r < 0.3 ? pickFocus()
          : r < 0.6 ? brush()
            : r < 0.75 ? filter()
              : r < 0.8 ? period()
                : next !== null ? { name: 'load more rows' as const, requests: [{ kind: 'event page, next page' as const, path: `/api/events?${tableQuery}&cursor=${next}` }] }
                  : brush();
        if (action && action.requests.length) return action;
      }
    },
    answered(request, body) {
      if (request.kind !== 'event page, first page' && request.kind !== 'event page, next page') return;
      // An answer to a table query the user has since left is not the table's any more.
      if (!request.path.startsWith(`/api/events?${tableQuery}`)) return;
      next = (JSON.parse(body) as { next: string | null }).next;
    },
    thinkMs: (meanMs, floorMs) => floorMs - meanMs * Math.log(1 - d.rand()),
  };
}
