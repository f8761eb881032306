import type { ApiEvent } from './api-types.js';
import { CAMEO_ROOTS } from './cameo-roots.js';
import { quadName } from './quad-classes.js';

/** A column of the event table and of its CSV: its name, its value, and how it sorts. */
export interface EventColumn {
  readonly key: string;
  readonly label: string;
  readonly value: (e: ApiEvent) => string | number | null;
  readonly numeric?: boolean;
}

/** The table's columns, in order (the CSV adds the ids and spans after them). */
export const EVENT_COLUMNS: readonly EventColumn[] = Object.freeze([
  { key: 'date', label: 'Date', value: (e) => e.date.value },
  { key: 'source', label: 'Source', value: (e) => e.source?.code ?? null },
  { key: 'target', label: 'Target', value: (e) => e.target?.code ?? null },
  { key: 'cameo', label: 'CAMEO', value: (e) => e.cameo },
  { key: 'quad', label: 'Quad', value: (e) => e.quad_class, numeric: true },
  { key: 'goldstein', label: 'Goldstein', value: (e) => e.goldstein, numeric: true },
  { key: 'plover', label: 'PLOVER', value: (e) => e.plover?.type ?? null },
  { key: 'place', label: 'Place', value: (e) => e.location ? (e.location.name ?? e.location.country) : null },
  { key: 'confidence', label: 'Conf.', value: (e) => e.confidence, numeric: true },
  { key: 'mentions', label: 'Mentions', value: (e) => e.mentions, numeric: true },
  { key: 'evidence', label: 'Evidence', value: (e) => e.evidence.text },
]);

/** The CSV download's columns: the table's, spelled out, with the ids that lead back to the text. */
export const EVENT_CSV_COLUMNS: readonly { readonly name: string; readonly value: (e: ApiEvent) => string | number | null }[] = Object.freeze([
  { name: 'id', value: (e) => e.id },
  { name: 'doc_id', value: (e) => e.doc_id },
  { name: 'article_id', value: (e) => e.article_id },
  { name: 'date', value: (e) => e.date.value },
  { name: 'date_precision', value: (e) => e.date.precision },
  { name: 'source_code', value: (e) => e.source?.code ?? null },
  { name: 'source_name', value: (e) => e.source?.name ?? e.source?.text ?? null },
  { name: 'target_code', value: (e) => e.target?.code ?? null },
  { name: 'target_name', value: (e) => e.target?.name ?? e.target?.text ?? null },
  { name: 'cameo', value: (e) => e.cameo },
  { name: 'cameo_root', value: (e) => e.cameo_root },
  { name: 'cameo_root_name', value: (e) => CAMEO_ROOTS[e.cameo_root] ?? null },
  { name: 'quad_class', value: (e) => e.quad_class },
  { name: 'quad_name', value: (e) => quadName(e.quad_class) },
  { name: 'goldstein', value: (e) => e.goldstein },
  { name: 'plover_type', value: (e) => e.plover?.type ?? null },
  { name: 'plover_mode', value: (e) => e.plover?.mode ?? null },
  { name: 'place', value: (e) => e.location?.name ?? null },
  { name: 'country', value: (e) => e.location?.country ?? null },
  { name: 'lat', value: (e) => e.location?.lat ?? null },
  { name: 'lon', value: (e) => e.location?.lon ?? null },
  { name: 'modality', value: (e) => e.modality },
  { name: 'confidence', value: (e) => e.confidence },
  { name: 'mentions', value: (e) => e.mentions },
  { name: 'articles', value: (e) => e.articles },
  { name: 'evidence', value: (e) => e.evidence.text },
]);

/**
 * Sorts events by a column, nulls last whichever the direction; ties keep the API's order.
 *
 * @example
 * sortEvents(events, EVENT_COLUMNS[5], 'desc') // most cooperative first
 */
export function sortEvents(events: readonly ApiEvent[], column: EventColumn, direction: 'asc' | 'desc'): ApiEvent[] {
  const sign = direction === 'asc' ? 1 : -1;
  return events.map((e, i) => ({ e, i, v: column.value(e) })).sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v));
    return c !== 0 ? sign * c : a.i - b.i;
  }).map((x) => x.e);
}
