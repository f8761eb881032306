import { layer } from '../core/document.js';
import { codePointIndex } from '../core/span.js';
/**
 * `--format json`: one object per document with its text, boilerplate ranges, sentences, actors,
 * places and events (offsets in code points, as everywhere in output).
 *
 * @example
 * JSON.stringify(toDocumentJson(coded, records))
 */
export function toDocumentJson(doc, events) {
    const cp = codePointIndex(doc.text);
    const span = (s) => [cp(s[0]), cp(s[1])];
    const m = doc.meta;
    return {
        document: {
            id: m.id, title: m.title, date: m.date, url: m.url, source: m.source, byline: m.byline, format: m.format,
            text: doc.text, boilerplate: layer(doc, 'boilerplate').map(span),
        },
        sentences: layer(doc, 'sentences').map((s) => ({ index: s.index, span: span(s.span), boilerplate: s.boilerplate })),
        actors: layer(doc, 'actors').map((a) => ({
            sentence: a.sentence, code: a.code, country: a.country, roles: a.roles, name: a.name,
            text: doc.text.slice(a.span[0], a.span[1]), span: span(a.span), evidence: a.evidence, group: a.group,
        })),
        places: layer(doc, 'places').map((p) => ({
            sentence: p.sentence, name: p.name, country: p.country, lat: p.lat, lon: p.lon, geonames_id: p.geonamesId,
            kind: p.placeKind, text: doc.text.slice(p.span[0], p.span[1]), span: span(p.span),
        })),
        dates: layer(doc, 'dates').mentions.map((d) => ({
            sentence: d.sentence, value: d.value, precision: d.precision, basis: d.basis, historical: d.historical,
            text: doc.text.slice(d.span[0], d.span[1]), span: span(d.span),
        })),
        events,
    };
}
