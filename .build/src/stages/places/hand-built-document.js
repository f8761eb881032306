import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createDocument, metaFor, withLayers } from '../../core/document.js';
import { createSpan } from '../../core/span.js';
import { createTokenTable } from '../../core/tokens.js';
/**
 * A builder of documents with sentences, tokens and events made by hand from `text` (tokenised
 * with wink-nlp, loaded once per builder), so the places and dates stages can be tested without
 * the stages before them. Lines starting with '#' become boilerplate sentences.
 *
 * @example
 * const build = createHandBuilder();
 * build('US officials met in Baghdad.', { events: [{ sentence: 0, trigger: 'met', source: 'USA' }] })
 */
export function createHandBuilder() {
    const nlp = winkNLP(model);
    return (text, options = {}) => handBuiltDocument(nlp, text, options);
}
function handBuiltDocument(nlp, text, options) {
    const its = nlp.its;
    const wink = nlp.readDoc(text);
    const rows = [];
    const sentences = [];
    let offset = 0;
    wink.sentences().each((s, index) => {
        const firstToken = rows.length;
        s.tokens().each((t) => {
            const value = t.out(its.value);
            const start = text.indexOf(value, offset);
            if (start < 0)
                throw new Error(`token '${value}' not found in the text`);
            offset = start + value.length;
            rows.push({ start, end: offset, text: value, lemma: t.out(its.lemma), pos: t.out(its.pos), sentence: index });
        });
        const span = createSpan(rows[firstToken].start, rows[rows.length - 1].end);
        sentences.push(Object.freeze({ index, span, firstToken, endToken: rows.length, boilerplate: text[span[0]] === '#' }));
    });
    const tokens = createTokenTable(rows);
    const events = (options.events ?? []).map((e) => {
        const s = sentences[e.sentence];
        let t = s.firstToken;
        while (t < s.endToken && tokens.lower[t] !== e.trigger.toLowerCase())
            t++;
        if (t === s.endToken)
            throw new Error(`no '${e.trigger}' in sentence ${e.sentence}`);
        return {
            kind: 'event', sentence: e.sentence, trigger: [t, t + 1], triggerSpan: createSpan(tokens.start[t], tokens.end[t]),
            source: actor(e.source, e.sentence), target: actor(e.target, e.sentence), cameo: '040', modality: 'asserted', pattern: 'test',
            cues: { voice: 'active', patternWords: 0, sourceFound: 'subject', targetFound: 'object', distance: 1, expanded: false, clause: 'main' },
        };
    });
    const doc = createDocument(metaFor('hand', { date: options.date ?? null }), text);
    return withLayers(doc, { sentences, tokens, events, boilerplate: [] });
}
function actor(country, sentence) {
    if (!country)
        return null;
    // Only the country matters here; a cast keeps this helper valid as ActorMention gains fields.
    return { kind: 'actor', sentence, tokens: [0, 0], phrase: [0, 0], span: createSpan(0, 0), code: country, country, roles: [], name: null, evidence: 'dictionary', group: null };
}
