/** Prepositions that put what follows in a place: "in Baghdad", "near Basra". */
export const LOCATIVE_PREPOSITIONS = new Set([
    'in', 'at', 'near', 'outside', 'inside', 'across', 'from', 'into', 'around', 'throughout', 'within', 'towards', 'toward',
]);
/** Words that, followed by "of", put what follows in a place: "north of Baghdad", "outskirts of Kabul". */
export const LOCATIVE_BEFORE_OF = new Set([
    'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
    'northern', 'southern', 'eastern', 'western', 'central', 'outside', 'outskirts', 'heart', 'center', 'centre',
]);
/**
 * Whether the words before token `first` introduce a place: a locative preposition, "<direction>
 * of", either with "the" between ("in the Gaza Strip"), or a possessive place that was itself
 * introduced so ("in Baghdad's Green Zone": `possessorLocative` answers for the token before "'s").
 *
 * @example
 * // tokens of "clashes north of the capital Baghdad": locativeCue(tokens, 3, 0, () => null) === true ("of the")
 */
export function locativeCue(tokens, first, sentenceStart, possessorLocative) {
    let j = first - 1;
    if (j >= sentenceStart && tokens.lower[j] === 'the')
        j--;
    if (j < sentenceStart)
        return false;
    const word = tokens.lower[j];
    if (word === "'s" || word === '\u2019s')
        return j - 1 >= sentenceStart ? possessorLocative(j - 1) === true : false;
    if (LOCATIVE_PREPOSITIONS.has(word))
        return true;
    return word === 'of' && j - 1 >= sentenceStart && LOCATIVE_BEFORE_OF.has(tokens.lower[j - 1]);
}
