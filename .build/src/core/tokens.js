/** Builds a token table from plain arrays (tests build small ones by hand). */
export function createTokenTable(rows) {
    const n = rows.length;
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    const sentence = new Int32Array(n);
    const text = new Array(n);
    const lower = new Array(n);
    const lemma = new Array(n);
    const pos = new Array(n);
    rows.forEach((r, i) => {
        start[i] = r.start;
        end[i] = r.end;
        sentence[i] = r.sentence ?? 0;
        text[i] = r.text;
        lower[i] = r.text.toLowerCase();
        lemma[i] = (r.lemma ?? r.text).toLowerCase();
        pos[i] = r.pos;
    });
    return Object.freeze({ count: n, start, end, text, lower, lemma, pos, sentence });
}
