/**
 * Groups a sentence's pieces into noun-phrase chunks: pieces joined by determiners, adjectives,
 * numbers, unknown capitalised words or a possessive "'s" belong to one chunk.
 */
export function chunkPieces(tokens, first, pieces) {
    const chunks = [];
    let current = null;
    for (const piece of pieces) {
        if (current && gapIsGlue(tokens, current.end, piece.start)) {
            current.pieces.push(piece);
            current.end = piece.end;
            continue;
        }
        if (current)
            chunks.push(current);
        let start = piece.start;
        while (start > first && isLeftGlue(tokens, start - 1))
            start--;
        current = { start, end: piece.end, pieces: [piece] };
    }
    if (current)
        chunks.push(current);
    return chunks;
}
function gapIsGlue(tokens, from, to) {
    if (to - from > 4)
        return false;
    for (let i = from; i < to; i++)
        if (!isInnerGlue(tokens, i))
            return false;
    return true;
}
function isInnerGlue(tokens, i) {
    const pos = tokens.pos[i];
    const w = tokens.lower[i];
    if (w === "'s" || w === '\u2019s' || w === "'" || w === '-')
        return true;
    if (pos === 'ADJ' || pos === 'NUM')
        return true;
    if (pos === 'PROPN')
        return true;
    // "Libya's internationally recognised government"
    if (pos === 'ADV' && tokens.lower[i].endsWith('ly'))
        return true;
    if (pos === 'VERB' && tokens.lower[i].endsWith('ed') && i + 1 < tokens.count && (tokens.pos[i + 1] === 'NOUN' || tokens.pos[i + 1] === 'ADJ'))
        return true;
    return false;
}
function isLeftGlue(tokens, i) {
    const pos = tokens.pos[i];
    if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM')
        return true;
    return false;
}
