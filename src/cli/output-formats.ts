import type { ParleyDocument } from '../core/document.js';
import type { EventRecord } from '../core/event-record.js';
import { eventLines } from '../output/event-json.js';

/** The output formats of `parley code`. */
export const CODE_FORMATS = ['jsonl', 'json', 'gdelt', 'plover'] as const;
export type CodeFormat = (typeof CODE_FORMATS)[number];

/** A coded document's output lines (each ended by a newline) in one format. */
export type DocumentLines = (doc: ParleyDocument, records: readonly EventRecord[]) => string;

/**
 * How `parley code` writes a coded document in `format`. Only the chosen format's modules are
 * loaded (the GDELT and PLOVER writers bring country tables a JSONL run never needs).
 *
 * @example
 * const lines = await documentLinesFor('jsonl');
 * sink.write(lines(doc, toEventRecords(doc, ontology)));
 */
export async function documentLinesFor(format: CodeFormat): Promise<DocumentLines> {
  switch (format) {
    case 'json': {
      const { toDocumentJson } = await import('../output/document-json.js');
      return (doc, records) => `${JSON.stringify(toDocumentJson(doc, records))}\n`;
    }
    case 'gdelt': {
      const [{ loadFipsCodes }, { gdeltEventRow, gdeltTimestamp, numericEventId }] = await Promise.all([
        import('../store/export/fips-codes.js'), import('../store/export/gdelt-row.js'),
      ]);
      const fips = loadFipsCodes();
      return (doc, records) => {
        const dateAdded = gdeltTimestamp(new Date().toISOString());
        const sourceUrl = doc.meta.url ?? doc.meta.id;
        return records.map((r) => `${gdeltEventRow(r, { eventId: numericEventId(r.id), mentions: 1, sources: 1, articles: 1, dateAdded, sourceUrl, fips })}\n`).join('');
      };
    }
    case 'plover': {
      const { ploverRecord } = await import('../store/export/plover-record.js');
      return (doc, records) => {
        const m = doc.meta;
        return records.map((r) => ploverRecord(r, { url: m.url, title: m.title, publication: m.source })).filter((p) => p !== null).map((p) => `${JSON.stringify(p)}\n`).join('');
      };
    }
    case 'jsonl': return (_doc, records) => eventLines(records);
  }
}
