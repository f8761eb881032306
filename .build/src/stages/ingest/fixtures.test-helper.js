import { fileURLToPath } from 'node:url';
/** The team-written input files under test/fixtures/inputs/. */
export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/inputs/', import.meta.url));
/** Every item an async iterable of ingest items gives. */
export async function collectItems(items) {
    const out = [];
    for await (const item of items)
        out.push(item);
    return out;
}
/** A compact summary of items for table-like assertions: `doc <id>` or `<CODE> <input>[:line]`. */
export function summarise(items) {
    return items.map((i) => (i.kind === 'document'
        ? `doc ${i.doc.meta.id}`
        : `${i.error.code} ${i.error.input}${i.error.line === undefined ? '' : `:${i.error.line}`}`));
}
