export function createDocument(meta, text) {
    return Object.freeze({ kind: 'document', meta: Object.freeze({ ...meta }), text, layers: Object.freeze({}) });
}
export function isDocument(x) {
    return typeof x === 'object' && x !== null && x.kind === 'document';
}
/** A new document with `added` layers on top of `doc`'s. */
export function withLayers(doc, added) {
    return Object.freeze({ ...doc, layers: Object.freeze({ ...doc.layers, ...added }) });
}
/**
 * The layer `name` of `doc`; throws when an earlier stage did not provide it (the pipeline checks
 * this when it is built, so this only fires for hand-built documents in tests).
 */
export function layer(doc, name) {
    const value = doc.layers[name];
    if (value === undefined)
        throw new Error(`document ${doc.meta.id} has no '${name}' layer`);
    return value;
}
/** Default metadata for tests and for plain text with nothing known. */
export function metaFor(id, over = {}) {
    return { id, title: null, date: null, url: null, source: null, byline: null, format: 'text', origin: id, ...over };
}
