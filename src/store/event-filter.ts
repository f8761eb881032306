import { ParleyError } from '../core/errors.js';
import { dayNumber } from './merge-rule.js';

/** What `parley query`, `parley export` and the HTTP API filter stored events by; all optional, all must hold. */
export interface EventFilter {
  /** An actor code or its prefix ("USA" matches "USAGOV"), as source or target. */
  readonly actor?: string;
  /** Source and target code prefixes, in that direction. */
  readonly dyad?: readonly [string, string];
  /** ISO 3166-1 alpha-3 of the source's or the target's country. */
  readonly country?: string;
  /** A role block (GOV, MIL, REB...) of the source or the target. */
  readonly role?: string;
  /** A CAMEO code or its prefix ("19" is also accepted for a root). */
  readonly code?: string;
  readonly root?: string;
  readonly quadClass?: number;
  readonly plover?: string;
  /** YYYY-MM-DD, inclusive; events without a day-precision date are left out when a bound is given. */
  readonly from?: string;
  readonly to?: string;
  /** A place name (the event's location) or an ISO country code of where it happened. */
  readonly place?: string;
  /** [west, south, east, north] in degrees. */
  readonly bbox?: readonly [number, number, number, number];
  readonly modality?: string;
  readonly minConfidence?: number;
  /** Words that an article reporting the event contains (SQLite FTS5 syntax). */
  readonly text?: string;
}

const CODE_COLUMNS: Readonly<Record<number, string>> = Object.freeze({ 2: 'e.cameo_root', 3: 'e.cameo_family', 4: 'e.cameo' });

/** A WHERE clause over `events e` and its parameters. */
export interface SqlCondition {
  readonly where: string;
  readonly params: readonly (string | number)[];
}

/**
 * Turns a filter into SQL that the store's indexes answer (prefix ranges, not LIKE).
 *
 * @example
 * filterSql({ dyad: ['USA', 'IRN'], root: '11' }).where
 */
export function filterSql(f: EventFilter): SqlCondition {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const prefix = (column: string, value: string) => {
    parts.push(`(${column} >= ? AND ${column} < ?)`);
    params.push(value, prefixEnd(value));
  };
  if (f.actor) {
    const source = actorSql('source', f.actor);
    const target = actorSql('target', f.actor);
    parts.push(`((${source.where}) OR (${target.where}))`);
    params.push(...source.params, ...target.params);
  }
  if (f.dyad) {
    for (const [side, code] of [['source', f.dyad[0]], ['target', f.dyad[1]]] as const) {
      const c = actorSql(side, code);
      parts.push(c.where);
      params.push(...c.params);
    }
  }
  if (f.country) {
    parts.push('(e.source_country = ? OR e.target_country = ?)');
    params.push(f.country, f.country);
  }
  if (f.role) {
    const block = (c: string) => `(substr(${c}, 4, 3) = ? OR substr(${c}, 7, 3) = ? OR substr(${c}, 10, 3) = ?)`;
    parts.push(`(${block('e.source_code')} OR ${block('e.target_code')})`);
    params.push(f.role, f.role, f.role, f.role, f.role, f.role);
  }
  if (f.code) {
    // A code's first two digits are its root and its first three its family, each a column of its
    // own: an equality there walks an index in storage order; longer codes have at most four digits.
    const column = CODE_COLUMNS[f.code.length];
    if (column) {
      parts.push(`${column} = ?`);
      params.push(f.code);
    } else prefix('e.cameo', f.code);
  }
  if (f.root) {
    parts.push('e.cameo_root = ?');
    params.push(f.root.padStart(2, '0'));
  }
  if (f.quadClass !== undefined) {
    parts.push('e.quad_class = ?');
    params.push(f.quadClass);
  }
  if (f.plover) {
    parts.push('e.plover_type = ?');
    params.push(f.plover.toUpperCase());
  }
  windowSql(f, parts, params);
  if (f.place) {
    if (/^[A-Z]{3}$/.test(f.place)) {
      parts.push('e.country = ?');
      params.push(f.place);
    } else {
      parts.push('e.place = ? COLLATE NOCASE');
      params.push(f.place);
    }
  }
  if (f.bbox) {
    const [west, south, east, north] = f.bbox;
    parts.push('(e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?)');
    params.push(south, north, west, east);
  }
  if (f.modality) {
    parts.push('e.modality = ?');
    params.push(f.modality);
  }
  if (f.minConfidence !== undefined) {
    parts.push('e.confidence >= ?');
    params.push(f.minConfidence);
  }
  if (f.text) {
    parts.push('e.id IN (SELECT m.event_id FROM mentions m WHERE m.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))');
    params.push(f.text);
  }
  return { where: parts.length ? parts.join(' AND ') : '1', params };
}

/**
 * An actor code prefix on one side. The first block (country or IGO/NGO prefix) is an equality on
 * its own indexed column, so that a dyad's timeline is an index range; a longer prefix narrows on
 * the full code.
 *
 * @example
 * actorSql('source', 'USAGOV').where // (e.source_root = ? AND e.source_code >= ? AND e.source_code < ?)
 */
export function actorSql(side: 'source' | 'target', code: string): SqlCondition {
  if (code.length < 3) return { where: `(e.${side}_code >= ? AND e.${side}_code < ?)`, params: [code, prefixEnd(code)] };
  if (code.length === 3) return { where: `e.${side}_root = ?`, params: [code] };
  return { where: `(e.${side}_root = ? AND e.${side}_code >= ? AND e.${side}_code < ?)`, params: [code.slice(0, 3), code, prefixEnd(code)] };
}

/** The smallest string greater than every string that starts with `p`. */
function prefixEnd(p: string): string {
  return p + '\uffff';
}

/**
 * The day number of a filter's date bound, checked for its shape (a USAGE error names the option).
 *
 * @example
 * dayOf('2015-01-01', 'from') // 16436
 */
export function dayOf(iso: string, name: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new ParleyError('USAGE', `--${name} must be YYYY-MM-DD, not '${iso}'`);
  return dayNumber(iso);
}

/**
 * The same test as `filterSql` over the columns of the `events_cameo` index (cameo, day, source and
 * target codes), for a filter of an actor or a dyad, a CAMEO root and a window only (null for any
 * other): a root as a range of codes, an actor as a range of its code (its first block is the
 * code's first three letters, its root column), so that a page reads that index alone, without a
 * row. Relies on the stored roots being the codes' first letters and digits, as the writer stores them.
 *
 * @example
 * cameoIndexSql({ actor: 'SOM', root: '07' })?.where // (e.cameo >= ? AND e.cameo < ?) AND ((e.source_code >= ? ...) OR (...))
 */
export function cameoIndexSql(f: EventFilter): SqlCondition | null {
  for (const [k, v] of Object.entries(f)) {
    if (v !== undefined && !['actor', 'dyad', 'root', 'code', 'from', 'to'].includes(k)) return null;
  }
  const root = f.root ? f.root.padStart(2, '0') : f.code?.length === 2 ? f.code : undefined;
  if (root === undefined || (f.code !== undefined && f.code.length !== 2) || (f.root !== undefined && f.code !== undefined)) return null;
  if ((f.actor === undefined) === (f.dyad === undefined)) return null;
  const range = (column: string) => `(${column} >= ? AND ${column} < ?)`;
  const parts = [range('e.cameo')];
  const params: (string | number)[] = [root, prefixEnd(root)];
  if (f.actor !== undefined) {
    parts.push(`(${range('e.source_code')} OR ${range('e.target_code')})`);
    params.push(f.actor, prefixEnd(f.actor), f.actor, prefixEnd(f.actor));
  } else if (f.dyad !== undefined) {
    parts.push(range('e.source_code'), range('e.target_code'));
    params.push(f.dyad[0], prefixEnd(f.dyad[0]), f.dyad[1], prefixEnd(f.dyad[1]));
  }
  windowSql(f, parts, params);
  return { where: parts.join(' AND '), params };
}

/** Adds the conditions of `f`'s date window (from, to: inclusive days) to `parts` and `params`. */
function windowSql(f: Pick<EventFilter, 'from' | 'to'>, parts: string[], params: (string | number)[]): void {
  if (f.from) {
    parts.push('e.day >= ?');
    params.push(dayOf(f.from, 'from'));
  }
  if (f.to) {
    parts.push('e.day <= ?');
    params.push(dayOf(f.to, 'to'));
  }
}
