import { findSubject } from './arguments.js';
import { unitAtToken } from './sentence-view.js';
/** The rule as a pattern, so the event records which rule coded it. */
export const MUST_DEMAND = Object.freeze({
    id: 'rule:speaker says X must',
    code: '100',
    head: Object.freeze(['must']),
    headPos: 'verb',
    after: Object.freeze([]),
    literalCount: 0,
});
/**
 * "Washington said Beijing must lift the barriers": a speaker stating that an actor must act makes
 * a demand (CAMEO 100) of that actor. The speaker is the speech verb's subject.
 *
 * @example
 * modalDemands(view, cues) // [{ trigger: <must>, source: Washington, target: Beijing }]
 */
export function modalDemands(view, cues) {
    const t = view.tokens;
    const out = [];
    for (let k = view.first + 1; k < view.end; k++) {
        const w = t.lower[k];
        const obligation = w === 'must' || (w === 'has' && t.lower[k + 1] === 'to') || (w === 'have' && t.lower[k + 1] === 'to');
        if (!obligation)
            continue;
        let j = k - 1;
        while (j >= view.first && t.pos[j] === 'ADV')
            j--;
        const target = j >= view.first ? unitAtToken(view, j) : null;
        if (!target)
            continue;
        // The speech verb, before "that" and time words: "declared on Tuesday that China must".
        let v = target.start - 1;
        while (v >= view.first && v >= target.start - 5 && !(t.pos[v] === 'VERB' || t.pos[v] === 'AUX') && !unitAtToken(view, v))
            v--;
        if (v < view.first || !(t.pos[v] === 'VERB' || t.pos[v] === 'AUX') || !cues.report.has(t.lemma[v]))
            continue;
        const source = findSubject(view, v, cues).unit;
        if (source && source !== target)
            out.push({ trigger: k, source, target });
    }
    return out;
}
