import type { QuadClass } from './api-types.js';

export type Period = 'day' | 'week' | 'month';

/** Who the dashboard looks at: every event, one actor (as source or target), or a dyad. */
export type Focus =
  | { readonly kind: 'all' }
  | { readonly kind: 'actor'; readonly actor: string }
  | { readonly kind: 'dyad'; readonly source: string; readonly target: string };

/** An inclusive range of days, "YYYY-MM-DD". */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** Everything the views share: the query's filters, the brushed date range, and what is open. */
export interface DashboardState {
  readonly focus: Focus;
  readonly quad: QuadClass | null;
  readonly root: string | null;
  /** An FTS5 query over the reporting articles. */
  readonly text: string | null;
  readonly minConfidence: number | null;
  readonly range: DateRange | null;
  readonly per: Period;
  /** The article in the reader, and the event whose evidence it shows. */
  readonly reader: { readonly articleId: number; readonly eventId: string | null } | null;
}

export const INITIAL_STATE: DashboardState = Object.freeze({
  focus: Object.freeze({ kind: 'all' }),
  quad: null,
  root: null,
  text: null,
  minConfidence: null,
  range: null,
  per: 'week',
  reader: null,
});

export type Listener = (state: DashboardState, previous: DashboardState) => void;

/** The one place the shared state lives; views read it and ask for changes. */
export interface StateStore {
  get(): DashboardState;
  update(patch: Partial<DashboardState>): void;
  subscribe(listener: Listener): () => void;
}

/**
 * A store of the dashboard's state that tells its listeners of every change.
 *
 * @example
 * const state = createState(INITIAL_STATE);
 * state.subscribe((s) => console.log(s.focus));
 * state.update({ focus: { kind: 'dyad', source: 'USA', target: 'CUB' } });
 */
export function createState(initial: DashboardState): StateStore {
  let current = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => current,
    update(patch) {
      const previous = current;
      current = Object.freeze({ ...current, ...patch });
      for (const listener of listeners) listener(current, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Which parts of the state a query depends on. */
export type QueryScope = 'filters' | 'filters+range';

/**
 * The API's filter parameters for the state: the focus and filters, and the brushed range when
 * `scope` includes it (the timeline itself ignores the range it sets).
 *
 * @example
 * filterParameters(state, 'filters+range').toString() // "dyad=USA%2CCUB&from=2015-01-01&to=2015-02-01"
 */
export function filterParameters(state: DashboardState, scope: QueryScope): URLSearchParams {
  const p = new URLSearchParams();
  const f = state.focus;
  if (f.kind === 'actor') p.set('actor', f.actor);
  if (f.kind === 'dyad') p.set('dyad', `${f.source},${f.target}`);
  if (state.quad !== null) p.set('quad', String(state.quad));
  if (state.root !== null) p.set('root', state.root);
  if (state.text !== null) p.set('text', state.text);
  if (state.minConfidence !== null) p.set('min_confidence', String(state.minConfidence));
  if (scope === 'filters+range' && state.range) {
    p.set('from', state.range.from);
    p.set('to', state.range.to);
  }
  return p;
}

/** A key that changes exactly when the query of `scope` changes: views refetch only then. */
export function queryKey(state: DashboardState, scope: QueryScope): string {
  return filterParameters(state, scope).toString();
}

/** A short description of the focus: "USA → CUB", "RUSGOV", "all events". */
export function focusLabel(focus: Focus): string {
  if (focus.kind === 'actor') return focus.actor;
  if (focus.kind === 'dyad') return `${focus.source} → ${focus.target}`;
  return 'all events';
}
