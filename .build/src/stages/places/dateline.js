import { createSpan } from '../../core/span.js';
const NAME = String.raw `[A-Z][A-Za-z.'\u2019-]*(?: [A-Z][A-Za-z.'\u2019-]*){0,3}`;
// Names (slash-separated), then an optional ", May 3" or ", Iraq", an optional "(Reuters)", then a dash or colon.
const DATELINE = new RegExp(String.raw `^(${NAME}(?:\s*/\s*${NAME})*)(\s*,[^\n:()]{1,40}?)?\s*(\([^)\n]{1,30}\))?\s*(--|\u2014|\u2013|-|:)\s`);
/**
 * The dateline at the start of the first non-boilerplate sentence, with each name's span in the
 * text, or null when the article has none. Whether each name is a place is for the geocoder to say.
 *
 * @example
 * readDateline('Washington/Baghdad : The US envoy...', sentences)?.names
 * // [{ name: 'Washington', span: [0, 10] }, { name: 'Baghdad', span: [11, 18] }]
 */
export function readDateline(text, sentences) {
    const first = sentences.find((s) => !s.boilerplate);
    if (!first)
        return null;
    const head = text.slice(first.span[0], Math.min(first.span[1], first.span[0] + 160));
    const match = DATELINE.exec(head);
    if (!match)
        return null;
    const names = [];
    const part = /[^/]+/g;
    for (let m = part.exec(match[1]); m !== null; m = part.exec(match[1])) {
        const lead = m[0].length - m[0].trimStart().length;
        const name = m[0].trim();
        const start = first.span[0] + m.index + lead;
        names.push({ name, span: createSpan(start, start + name.length) });
    }
    return { names, qualifier: match[2] ? match[2].replace(/^\s*,\s*/, '').trim() : null };
}
