/**
 * Splits a document's text into blocks (paragraphs or lines) that no sentence crosses: a
 * headline, a byline and a body paragraph never merge into one sentence. Hard-wrapped text (most
 * lines of similar length, few ending in punctuation) splits on blank lines only.
 *
 * @example
 * textBlocks('Headline\n\nBody one. Body two.') // [[0, 8], [10, 29]]
 */
export function textBlocks(text) {
    const lines = [];
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
        if (i === text.length || text.charCodeAt(i) === 10) {
            lines.push([start, i]);
            start = i + 1;
        }
    }
    const wrapped = looksHardWrapped(text, lines);
    const blocks = [];
    let blockStart = -1;
    let blockEnd = -1;
    const flush = () => {
        if (blockStart >= 0)
            blocks.push([blockStart, blockEnd]);
        blockStart = -1;
    };
    for (const [s, e] of lines) {
        const trimmed = trimSpan(text, s, e);
        if (trimmed === null) {
            flush();
            continue;
        }
        if (!wrapped) {
            flush();
            blocks.push(trimmed);
            continue;
        }
        if (blockStart < 0)
            blockStart = trimmed[0];
        blockEnd = trimmed[1];
    }
    flush();
    return blocks;
}
function trimSpan(text, s, e) {
    while (s < e && isSpace(text.charCodeAt(s)))
        s++;
    while (e > s && isSpace(text.charCodeAt(e - 1)))
        e--;
    return s < e ? [s, e] : null;
}
function isSpace(c) {
    return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);
}
function looksHardWrapped(text, lines) {
    let long = 0;
    let open = 0;
    for (const [s, e] of lines) {
        const len = e - s;
        if (len < 50 || len > 100)
            continue;
        long++;
        const last = text.charAt(e - 1).trim() === '' ? text.charAt(e - 2) : text.charAt(e - 1);
        if (!/[.!?:"'”’)]/.test(last))
            open++;
    }
    return long >= 4 && open / long > 0.6;
}
