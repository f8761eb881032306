const YEAR = /^(1[5-9]\d\d|20\d\d)$/;
const DECADE = /^(1[5-9]\d0|20\d0)'?s$/;
// Words after which a four-digit number is a year ("in 2005", "the 1979 crisis", "since 1991").
const YEAR_CUES = new Set([
    'in', 'since', 'the', 'until', 'till', 'by', 'from', 'during', 'before', 'after', 'of', 'between', 'and', 'to',
    'early', 'late', 'mid', 'around', 'circa', 'year', 'its', 'their', 'his', 'her', "'s",
]);
/**
 * The years and decades written as numbers in tokens `[first, end)` (one sentence). A bare
 * four-digit number counts as a year only after a word that introduces years, and not before a
 * plural noun ("the 2000 troops" is a count).
 *
 * @example
 * // tokens of "since the 1979 hostage crisis" -> [{ year: 1979, lastYear: 1979, ... }]
 */
export function yearMentions(tokens, first, end) {
    const found = [];
    for (let i = first; i < end; i++) {
        const word = tokens.lower[i];
        const c = word.charCodeAt(0);
        if (c < 49 || c > 50)
            continue; // years start with 1 or 2
        const decade = DECADE.exec(word);
        if (decade) {
            const year = Number(decade[1]);
            found.push({ first: i, end: i + 1, year, lastYear: year + (year % 100 === 0 ? 99 : 9) });
            continue;
        }
        if (!YEAR.test(word) || i === first || !YEAR_CUES.has(tokens.lower[i - 1]))
            continue;
        // wink splits "1980s" as one token, but "1980" + "s" also happens after an apostrophe.
        if (i + 1 < end && (tokens.lower[i + 1] === 's' || tokens.lower[i + 1] === "'s") && tokens.start[i + 1] === tokens.end[i]) {
            const year = Number(word);
            found.push({ first: i, end: i + 2, year, lastYear: year + 9 });
            i++;
            continue;
        }
        const next = i + 1 < end ? i + 1 : -1;
        if (next >= 0 && tokens.pos[next] === 'NOUN' && tokens.lemma[next] !== tokens.lower[next])
            continue;
        found.push({ first: i, end: i + 1, year: Number(word), lastYear: Number(word) });
    }
    return found;
}
