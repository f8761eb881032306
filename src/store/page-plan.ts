/**
 * How an event page with a date window reads the events: walking an id-ordered index until a page
 * of matches is found (cheap when the window holds many of the key's events), or reading every
 * event of the window through a day-ordered index and sorting the matches (cheap when it holds
 * few). SQLite cannot tell the two apart (it has no counts per window) and often picks the day
 * range for a busy actor's year, reading and sorting 100,000 rows for a page of 25; the rollups
 * have the counts, exact, for a few hundred index rows.
 */
import type { EventFilter } from './event-filter.js';
import type { TimelineReader } from './timeline.js';
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
  | 'INDEXED BY events_root';

/** The access of each side of a page's query: one for a dyad, a root or nothing; source and target for an actor. */
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
 * million-event store: ~4 µs a row read through a day index, ~0.15 µs an entry of an id-ordered one).
 */
const ROW_COST = 20;

/**
 * The cheaper access for a page of `take` rows: walking ids visits about `take` times the key's
 * events per match (all of them when matches are rare), reading each that falls in the window;
 * a day range reads every event of the window (`dayRows`) and sorts the matches.
 *
 * @example
 * cheaperWalk({ keyTotal: 200_000, keyWindow: 20_000, matches: 500, allWindow: 100_000 }, 25, 20_000) // 'ids'
 */
export function cheaperWalk(c: PageCounts, take: number, dayRows: number): 'ids' | 'days' {
  const visits = Math.min(c.keyTotal, (take * c.keyTotal) / Math.max(c.matches, 0.5));
  const ids = visits + ROW_COST * visits * (c.keyWindow / Math.max(c.keyTotal, 1));
  const days = ROW_COST * dayRows + c.matches;
  return ids <= days ? 'ids' : 'days';
}

/** The key a page walks: an actor root, a dyad of roots, a CAMEO root, or nothing. */
type Key = { kind: 'actor'; root: string } | { kind: 'dyad'; roots: [string, string] } | { kind: 'root'; root: string } | { kind: 'none' };

function keyOf(f: EventFilter): Key | null {
  if (f.actor !== undefined && f.dyad !== undefined) return null;
  if (f.actor !== undefined) return f.actor.length >= 3 ? { kind: 'actor', root: f.actor.slice(0, 3) } : null;
  if (f.dyad !== undefined) return f.dyad[0].length >= 3 && f.dyad[1].length >= 3 ? { kind: 'dyad', roots: [f.dyad[0].slice(0, 3), f.dyad[1].slice(0, 3)] } : null;
  const root = f.root ? f.root.padStart(2, '0') : f.code?.length === 2 ? f.code : undefined;
  if (root !== undefined) return { kind: 'root', root };
  // Without a key, only filters no index answers: the id walk and the day range are then the choices.
  const indexed = f.code || f.plover || f.text || f.place || f.bbox || f.country;
  return indexed ? null : { kind: 'none' };
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
 * choice) without a date window or for filters the plan does not model (actor prefixes, codes of
 * three or four digits, PLOVER types without a key, words).
 *
 * @example
 * planPage(createTimelineReader(store), { actor: 'USA', from: '2020-01-01', to: '2020-12-31', root: '19' }, 26)
 */
export function planPage(timelines: TimelineReader, filter: EventFilter, take: number): PagePlan | null {
  if (!filter.from && !filter.to) return null;
  const key = keyOf(filter);
  if (key === null) return null;
  const window = { from: filter.from, to: filter.to };
  const keyFilter: EventFilter = key.kind === 'actor' ? { actor: key.root } : key.kind === 'dyad' ? { dyad: key.roots } : key.kind === 'root' ? { root: key.root } : {};
  const count = (f: EventFilter) => timelines.points(f, 'month', 'rollup').reduce((n, p) => n + p.events, 0);
  const keyWindow = count({ ...keyFilter, ...window });
  const extras = extrasOf(filter, key);
  const narrowed = { ...keyFilter, ...window, ...extras };
  const extraCount = Object.keys(extras).length;
  const matches = extraCount === 0 ? keyWindow : rollupAnswers(narrowed) ? count(narrowed) : keyWindow * GUESSED_SHARE ** extraCount;
  const counts: PageCounts = { keyTotal: count(keyFilter), keyWindow, matches, allWindow: key.kind === 'none' ? keyWindow : count(window) };
  const walk = (dayRows: number) => cheaperWalk(counts, take, dayRows);
  switch (key.kind) {
    case 'none':
      return { source: walk(counts.allWindow) === 'ids' ? 'NOT INDEXED' : 'INDEXED BY events_day' };
    case 'root':
      return { source: walk(keyWindow) === 'ids' ? 'INDEXED BY events_root_pages' : 'INDEXED BY events_root' };
    case 'dyad':
      return { source: walk(keyWindow) === 'ids' ? 'INDEXED BY events_dyad_pages' : 'INDEXED BY events_dyad_timeline' };
    case 'actor':
      // The target side has a (target root, day) index; the source side's day range is the whole store's window.
      return {
        source: walk(counts.allWindow) === 'ids' ? 'INDEXED BY events_source_pages' : 'INDEXED BY events_day',
        target: walk(keyWindow) === 'ids' ? 'INDEXED BY events_target_pages' : 'INDEXED BY events_target_timeline',
      };
  }
}
