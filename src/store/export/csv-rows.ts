import type { StoredEvent } from '../query-events.js';

/** The CSV export's columns, in order: one flat row per stored event. */
export const CSV_COLUMNS: readonly string[] = Object.freeze([
  'id', 'date', 'date_precision', 'date_basis',
  'source_code', 'source_name', 'source_country', 'target_code', 'target_name', 'target_country',
  'cameo', 'cameo_root', 'quad_class', 'goldstein', 'plover_type', 'plover_mode',
  'location', 'location_country', 'lat', 'lon', 'geonames_id',
  'modality', 'confidence', 'mentions', 'articles', 'sources', 'doc_id', 'sentence', 'evidence',
]);

/**
 * One stored event as a CSV line (RFC 4180 quoting), columns as {@link CSV_COLUMNS}.
 *
 * @example
 * [CSV_COLUMNS.join(','), ...events.map(csvLine)].join('\r\n')
 */
export function csvLine(e: StoredEvent): string {
  const values: (string | number | null)[] = [
    e.id, e.date.value, e.date.precision, e.date.basis,
    e.source?.code ?? null, e.source?.name ?? e.source?.text ?? null, e.source?.country ?? null,
    e.target?.code ?? null, e.target?.name ?? e.target?.text ?? null, e.target?.country ?? null,
    e.cameo, e.cameo_root, e.quad_class, e.goldstein, e.plover?.type ?? null, e.plover?.mode ?? null,
    e.location?.name ?? null, e.location?.country ?? null, e.location?.lat ?? null, e.location?.lon ?? null, e.location?.geonames_id ?? null,
    e.modality, e.confidence, e.mentions, e.articles, e.sources, e.doc_id, e.sentence, e.evidence.text,
  ];
  return values.map(csvField).join(',');
}

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
