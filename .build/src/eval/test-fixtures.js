/**
 * Builders of invented gold records and predictions for the evaluation's tests (not exported by
 * the package index).
 *
 * @example
 * const actor = actorOf('DEUGOV'); // country DEU
 */
export function actorOf(code, country = code.startsWith('---') ? null : code.slice(0, 3)) {
    return { code, country, roles: [], name: null, text: code, span: [0, 3] };
}
/** A predicted event: actor codes (or null), a CAMEO code, optionally a PLOVER type and extras. */
export function eventOf(source, target, cameo, extra = {}) {
    const actor = (a) => (typeof a === 'string' ? actorOf(a) : a);
    const text = extra.text ?? 'An invented sentence.';
    const event = {
        id: `e-${cameo}`, doc_id: 'doc', sentence: 0,
        source: actor(source), target: actor(target),
        cameo, cameo_root: cameo.slice(0, 2), quad_class: 1, goldstein: 0,
        plover: extra.plover ? { type: extra.plover, mode: '' } : null,
        date: { value: null, precision: 'day', basis: 'none' }, location: null, modality: 'asserted',
        confidence: extra.confidence ?? 0.5,
        evidence: { text, span: [0, text.length] },
    };
    if (extra.pattern !== undefined)
        event.pattern = extra.pattern;
    return event;
}
/** A gold event with only the fields given set. */
export function goldEventOf(fields) {
    return { source: null, target: null, code: null, plover: null, cameo_roots: null, ...fields };
}
/** A gold record of a suite. */
export function goldOf(id, suite, expected, extra = {}) {
    return {
        id, source_suite: suite, date: null, text: `Invented sentence ${id}.`,
        expected: expected.map(goldEventOf), expect_none: expected.length === 0, notes: '', category: '',
        ...extra,
    };
}
/** A gold record of a dyadic CAMEO suite from (source, target, code) triples. */
export function dyadGoldOf(id, triples, extra = {}) {
    return goldOf(id, 'petrarch2_gsr', triples.map(([source, target, code]) => ({ source, target, code })), extra);
}
/** Pairs a gold record with predictions. */
export function scoredOf(gold, ...predicted) {
    return { gold, predicted };
}
