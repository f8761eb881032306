export function createSpan(start, end) {
    if (!(start >= 0 && end >= start))
        throw new RangeError(`bad span [${start}, ${end})`);
    return Object.freeze([start, end]);
}
export function spanText(text, span) {
    return text.slice(span[0], span[1]);
}
export function spansOverlap(a, b) {
    return a[0] < b[1] && b[0] < a[1];
}
export function spanContains(outer, inner) {
    return outer[0] <= inner[0] && inner[1] <= outer[1];
}
/**
 * Maps UTF-16 offsets of `text` to code-point offsets. Identity (and free) when the text has no
 * astral characters, which is nearly always.
 *
 * @example
 * codePointIndex('a😀b')(3) // 2
 */
export function codePointIndex(text) {
    let hasSurrogate = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) {
            hasSurrogate = true;
            break;
        }
    }
    if (!hasSurrogate)
        return (o) => o;
    const map = new Int32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
        map[i] = cp;
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            map[i + 1] = cp;
            i++;
        }
        cp++;
    }
    map[text.length] = cp;
    return (o) => map[o];
}
