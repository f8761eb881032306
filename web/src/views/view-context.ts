import type { ApiClient } from '../api-client.js';
import type { DashboardState, QueryScope, StateStore } from '../state.js';
import { queryKey } from '../state.js';

/** What every view is given: the shared state and the API. */
export interface ViewContext {
  readonly state: StateStore;
  readonly api: ApiClient;
}

/**
 * Calls `load` now and whenever the query of `scope` (or `extraKey`) changes, and tells it, after
 * each await, whether a newer load overtook it: a view shows only its latest query.
 *
 * @example
 * watchQuery(ctx.state, 'filters+range', async (s, isLatest) => {
 *   const rows = await ctx.api.places(filterParameters(s, 'filters+range'), 500);
 *   if (isLatest()) draw(rows);
 * });
 */
export function watchQuery(
  state: StateStore,
  scope: QueryScope,
  load: (s: DashboardState, isLatest: () => boolean) => Promise<void> | void,
  extraKey: (s: DashboardState) => string = () => '',
): void {
  let ticket = 0;
  let key: string | null = null;
  const run = (s: DashboardState) => {
    const k = `${queryKey(s, scope)}|${extraKey(s)}`;
    if (k === key) return;
    key = k;
    const mine = ++ticket;
    void load(s, () => mine === ticket);
  };
  state.subscribe((s) => run(s));
  run(state.get());
}
