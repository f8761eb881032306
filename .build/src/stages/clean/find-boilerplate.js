import { createSpan } from '../../core/span.js';
/** Longer lines are paragraphs of prose; site furniture is short. */
export const MAX_BOILERPLATE_LINE = 400;
/**
 * Every boilerplate line of `text`, in order. Each line is trimmed and tested against the rules
 * in file order; the first match decides its kind. The text is only read, never changed, and the
 * work is one pass over the lines.
 *
 * @example
 * findBoilerplate('Iran met Iraq.\nSupport The Valley Gazette\n', rules)
 * // [{ kind: 'donation', span: [15, 41], rule: '.../rules.tsv:16' }]
 */
export function findBoilerplate(text, rules) {
    const found = [];
    let lineStart = 0;
    while (lineStart <= text.length) {
        const newline = text.indexOf('\n', lineStart);
        const lineEnd = newline === -1 ? text.length : newline;
        let start = lineStart;
        let end = lineEnd;
        while (start < end && isBlank(text.charCodeAt(start)))
            start++;
        while (end > start && isBlank(text.charCodeAt(end - 1)))
            end--;
        if (end > start && end - start <= MAX_BOILERPLATE_LINE) {
            const line = text.slice(start, end);
            for (const rule of rules.rules) {
                if (rule.pattern.test(line)) {
                    found.push(Object.freeze({ kind: rule.kind, span: createSpan(start, end), rule: rule.origin }));
                    break;
                }
            }
        }
        if (newline === -1)
            break;
        lineStart = newline + 1;
    }
    return found;
}
/** White space as `String.prototype.trim` sees it, plus the byte-order mark. */
function isBlank(c) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0xfeff || c === 0x1680
        || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
