/**
 * How an event page reads the events. An index in id order (a key, then the id) yields a page
 * without sorting, and is cheap when the key's events match often; a day-ordered index reads the
 * window's events and sorts the matches, and is cheap when the window holds few; and a page with a
 * CAMEO root besides an actor or a dyad may walk the root's events instead of the actor's. SQLite
 * cannot tell these apart (it has no counts per window, or per actor and root) and often picks the
 * day range for a busy actor's year, reading and sorting 100,000 rows for a page of 25, or an
 * actor's id walk for a root it holds once in a hundred events; the rollups have the counts,
 * exact, for a few hundred index rows.
 */
import { cameoIndexSql, type EventFilter } from './event-filter.js';
import type { RollupCounts } from './rollup-counts.js';
import { rollupAnswers } from './timeline.js';

/** The indexes a page may be pinned to (`INDEXED BY`), or `NOT INDEXED` for the table in id order. */
export type PageAccess =
  | 'NOT INDEXED'
  | 'INDEXED BY events_day'
  | 'INDEXED BY events_source_pages'
  | 'INDEXED BY events_target_pages'
  | 'INDEXED BY events_target_timeline'
  | 'INDEXED BY events_dyad_pages'
  | 'INDEXED BY events_dyad_timeline'
  | 'INDEXED BY events_root_pages'
  | 'INDEXED BY events_root'
  | 'INDEXED BY events_cameo';

/**
 * The access of each side of a page's query: one for a dyad, a root or nothing; source and target
 * for an actor, or one, `events_cameo`, for both sides at once (an actor and a CAMEO root).
 */
export interface PagePlan {
  readonly source: PageAccess;
  readonly target?: PageAccess;
}

/** What a plan weighs: the key's events, in all and in the window, the matches in the window, and the window's events in all. */
export interface PageCounts {
  readonly keyTotal: number;
  readonly keyWindow: number;
  readonly matches: number;
  readonly allWindow: number;
}

/**
 * A row read from the table costs about this many index entries walked (measured on the generated
 * million-event store: ~1.7 µs of CPU a row read through a day index, ~0.1 µs an entry of an
 * id-ordered one).
 */
const ROW_COST = 20;

/**
 * An entry of a wide index (codes and several columns besides the key: `events_cameo`,
 * `events_dyad_timeline`) costs about this many entries of a narrow one (~0.18 µs against ~0.1).
 */
const WIDE_ENTRY_COST = 1.8;

/** One way to read a side of a page, and its cost in index entries. */
export interface PageWalk {
  readonly access: PageAccess;
  readonly cost: number;
}

/**
 * Walking an id-ordered index of `total` events (`inWindow` of them in the window) until `take`
 * of `matches` are found: about `take / matches` of it, reading the rows in the window when a
 * filter the index does not hold must be tested (`readsRows`).
 *
 * @example
 * idWalk('INDEXED BY events_source_pages', { total: 200_000, inWindow: 20_000, matches: 5_000, take: 26, readsRows: true }).cost // 2288
 */
export function idWalk(access: PageAccess, o: { total: number; inWindow: number; matches: number; take: number; readsRows: boolean }): PageWalk {
  const visits = Math.min(o.total, (o.take * o.total) / Math.max(o.matches, 0.5));
  const reads = o.readsRows ? (visits * o.inWindow) / Math.max(o.total, 1) : 0;
  return { access, cost: visits + ROW_COST * reads };
}

/**
 * Reading the `inWindow` entries of a day-ordered index (and their rows when it does not hold
 * every filter: `readsRows`), then sorting the matches by id.
 *
 * @example
 * dayRange('INDEXED BY events_root', { inWindow: 1_000, matches: 30, readsRows: true }).cost // 20030
 */
export function dayRange(access: PageAccess, o: { inWindow: number; matches: number; readsRows: boolean }): PageWalk {
  return { access, cost: (o.readsRows ? ROW_COST : 1) * o.inWindow + o.matches };
}

/**
 * The cheaper of walking ids and reading a day range of `dayRows` rows, for a page of `take` rows
 * (both reading rows: the first plan's model, kept for the table walk without a key).
 *
 * @example
 * cheaperWalk({ keyTotal: 200_000, keyWindow: 20_000, matches: 500, allWindow: 100_000 }, 25, 20_000) // 'ids'
 */
export function cheaperWalk(c: PageCounts, take: number, dayRows: number): 'ids' | 'days' {
  const ids = idWalk('NOT INDEXED', { total: c.keyTotal, inWindow: c.keyWindow, matches: c.matches, take, readsRows: true });
  const days = dayRange('INDEXED BY events_day', { inWindow: dayRows, matches: c.matches, readsRows: true });
  return ids.cost <= days.cost ? 'ids' : 'days';
}

/** The key a page walks: an actor root, a dyad of roots, a CAMEO root, or nothing. */
type Key = { kind: 'actor'; root: string } | { kind: 'dyad'; roots: [string, string] } | { kind: 'root'; root: string } | { kind: 'none' };

function keyOf(f: EventFilter): Key | null {
  if (f.actor !== undefined && f.dyad !== undefined) return null;
  if (f.actor !== undefined) return f.actor.length >= 3 ? { kind: 'actor', root: f.actor.slice(0, 3) } : null;
  if (f.dyad !== undefined) return f.dyad[0].length >= 3 && f.dyad[1].length >= 3 ? { kind: 'dyad', roots: [f.dyad[0].slice(0, 3), f.dyad[1].slice(0, 3)] } : null;
  const root = rootOf(f);
  if (root !== undefined) return { kind: 'root', root };
  // Without a key, only filters no index answers: the id walk and the day range are then the choices.
  const indexed = f.code || f.plover || f.text || f.place || f.bbox || f.country;
  return indexed ? null : { kind: 'none' };
}

/** The CAMEO root a filter asks for (`root`, or a two-digit `code`). */
function rootOf(f: EventFilter): string | undefined {
  return f.root ? f.root.padStart(2, '0') : f.code?.length === 2 ? f.code : undefined;
}

/** Keys of the filter other than the key's own and the window (what narrows the key's events in the window). */
function extrasOf(f: EventFilter, key: Key): EventFilter {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === '' || k === 'from' || k === 'to') continue;
    if ((key.kind === 'actor' && k === 'actor') || (key.kind === 'dyad' && k === 'dyad')) continue;
    if (key.kind === 'root' && (k === 'root' || (k === 'code' && typeof v === 'string' && v.length === 2))) continue;
    out[k] = v;
  }
  return out as EventFilter;
}

/** A guess at the share of events an extra filter keeps when no rollup counts it. */
const GUESSED_SHARE = 0.2;

/**
 * The plan of a page of `take` rows for `filter`, from the rollups' counts; `null` (SQLite's own
 * choice) for a key alone without a date window (its id-ordered index) and for filters the plan
 * does not model (actor prefixes, codes of three or four digits, PLOVER types without a key, words).
 *
 * @example
 * planPage(createRollupCounts(store), { actor: 'USA', from: '2020-01-01', to: '2020-12-31', root: '19' }, 26)
 */
export function planPage(counts: RollupCounts, filter: EventFilter, take: number): PagePlan | null {
  const key = keyOf(filter);
  if (key === null) return null;
  const extras = extrasOf(filter, key);
  const extraKeys = Object.keys(extras);
  const windowed = Boolean(filter.from || filter.to);
  if (!windowed && extraKeys.length === 0) return null;
  const window: EventFilter = { from: filter.from, to: filter.to };
  const keyFilter: EventFilter = key.kind === 'actor' ? { actor: key.root } : key.kind === 'dyad' ? { dyad: key.roots } : key.kind === 'root' ? { root: key.root } : {};
  const keyTotal = counts.events(keyFilter);
  const keyWindow = windowed ? counts.events({ ...keyFilter, ...window }) : keyTotal;
  const allWindow = counts.events(window);
  const narrowed = { ...keyFilter, ...window, ...extras };
  // Without a rollup of the whole filter, the extras are taken to keep the share of the key's
  // events that they keep of the window's (a CAMEO root, a quad class, a tenth of confidence).
  const extrasWindow = { ...window, ...extras };
  const matches = extraKeys.length === 0 ? keyWindow
    : rollupAnswers(narrowed) ? counts.events(narrowed)
      : rollupAnswers(extrasWindow) ? (keyWindow * counts.events(extrasWindow)) / Math.max(allWindow, 1)
        : keyWindow * GUESSED_SHARE ** extraKeys.length;
  const readsRows = extraKeys.length > 0;
  // The timeline indexes hold the quad class after the day: a quad class alone is tested there.
  // (Codes longer than a first block are tested on the code, which only the rows hold.)
  const quadOnly = extraKeys.every((k) => k === 'quadClass') && [filter.actor, ...(filter.dyad ?? [])].every((c) => c === undefined || c.length === 3);
  const keyCounts = { total: keyTotal, inWindow: keyWindow, matches, take };
  const keyWalk = (access: PageAccess) => idWalk(access, { ...keyCounts, readsRows });
  const root = key.kind === 'actor' || key.kind === 'dyad' ? rootOf(extras) : undefined;
  const rootWalks: PageWalk[] = [];
  // Both sides at once from the code index (cameo, day, source and target codes), no row read:
  // it reads every entry of the root (the day is not first), and sorts the matches.
  let cameoScan: PageWalk | null = null;
  if (root !== undefined) {
    const rootTotal = counts.events({ root });
    const rootWindow = windowed ? counts.events({ root, ...window }) : rootTotal;
    rootWalks.push(
      idWalk('INDEXED BY events_root_pages', { total: rootTotal, inWindow: rootWindow, matches, take, readsRows: true }),
      dayRange('INDEXED BY events_root', { inWindow: rootWindow, matches, readsRows: true }),
    );
    if (cameoIndexSql(filter) !== null) cameoScan = { access: 'INDEXED BY events_cameo', cost: WIDE_ENTRY_COST * rootTotal + matches };
  }
  const cheapestWalk = (walks: PageWalk[]) => walks.reduce((best, w) => (w.cost < best.cost ? w : best));
  const cheapest = (walks: PageWalk[]) => cheapestWalk(walks).access;
  switch (key.kind) {
    case 'none':
      return { source: cheaperWalk({ keyTotal, keyWindow, matches, allWindow }, take, allWindow) === 'ids' ? 'NOT INDEXED' : 'INDEXED BY events_day' };
    case 'root':
      return { source: cheapest([keyWalk('INDEXED BY events_root_pages'), dayRange('INDEXED BY events_root', { inWindow: keyWindow, matches, readsRows })]) };
    case 'dyad':
      return { source: cheapest([keyWalk('INDEXED BY events_dyad_pages'), dayRange('INDEXED BY events_dyad_timeline', { inWindow: keyWindow, matches, readsRows: !quadOnly }), ...rootWalks, ...(cameoScan ? [cameoScan] : [])]) };
    case 'actor': {
      // The target side has a (target root, day) index; the source side's day range is the whole
      // store's window, or (a quad class alone) every entry of the source in the dyad index, which holds the day and the class.
      const sourceDays = windowed ? [dayRange('INDEXED BY events_day', { inWindow: allWindow, matches, readsRows: true })] : [];
      const sourceQuads: PageWalk[] = quadOnly && readsRows ? [{ access: 'INDEXED BY events_dyad_timeline', cost: WIDE_ENTRY_COST * keyTotal + matches }] : [];
      const source = cheapestWalk([keyWalk('INDEXED BY events_source_pages'), ...sourceDays, ...sourceQuads, ...rootWalks]);
      const target = cheapestWalk([keyWalk('INDEXED BY events_target_pages'), dayRange('INDEXED BY events_target_timeline', { inWindow: keyWindow, matches, readsRows: !quadOnly }), ...rootWalks]);
      if (cameoScan !== null && cameoScan.cost < source.cost + target.cost) return { source: cameoScan.access };
      return { source: source.access, target: target.access };
    }
  }
}
