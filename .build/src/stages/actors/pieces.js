export function hasKind(p, kind) {
    return p.entries.some((e) => e.kind === kind);
}
/**
 * Dictionary pieces of one sentence, left to right, longest first. A title piece swallows the
 * capitalised words after it as a person's name; a capitalised word the article already used as
 * a name becomes a piece of its own.
 */
export function findPieces(tokens, first, end, index, known) {
    const pieces = [];
    let i = first;
    while (i < end) {
        const m = index.longestAt(tokens, i, end);
        if (m) {
            let nameEnd = m.end;
            if (m.entries.every((e) => e.kind === 'title' || (e.kind === 'role' && !e.phrase.endsWith('s')))) {
                while (nameEnd < end && nameEnd - m.end < 4 && isNameWord(tokens, nameEnd) && !index.longestAt(tokens, nameEnd, end))
                    nameEnd++;
            }
            pieces.push({ start: m.start, end: nameEnd, entries: m.entries, known: null, matchEnd: m.end });
            i = nameEnd;
            continue;
        }
        const k = isNameWord(tokens, i) ? known.get(tokens.lower[i]) : undefined;
        if (k) {
            pieces.push({ start: i, end: i + 1, entries: [], known: k, matchEnd: i + 1 });
        }
        i++;
    }
    return pieces;
}
/** A capitalised word that can be part of a person's name. */
export function isNameWord(tokens, i) {
    const t = tokens.text[i];
    const c = t.charCodeAt(0);
    if (!(c >= 65 && c <= 90) && !(c >= 192 && c <= 222))
        return false;
    const pos = tokens.pos[i];
    return pos === 'PROPN' || pos === 'NOUN' || pos === 'ADJ' || pos === 'X';
}
