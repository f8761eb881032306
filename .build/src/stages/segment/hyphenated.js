/**
 * Lower-cased name particles that join the next word with a hyphen into one name:
 * "al-Maliki", "bin-Laden", "el-Sisi", "abu-Ghraib". wink-nlp splits these into three tokens;
 * the segmenter merges them back so dictionaries and coreference see one word.
 */
export const NAME_PARTICLES = new Set([
    'al', 'el', 'ad', 'ed', 'as', 'ash', 'at', 'az', 'an', 'ar', 'bin', 'ibn', 'bint', 'ben', 'abu', 'abd', 'abdel', 'abdul',
    'um', 'umm', 'bani', 'beni', 'ould', 'ag', 'al-', 'de', 'da', 'di', 'du', 'van', 'von', 'ul',
]);
/**
 * Whether `left` + "-" + `right` (adjacent, no spaces) should be one token: a name particle
 * ("al-Maliki") or a lower-case compound ("cease-fire", "long-range").
 */
export function joinsHyphenated(left, right) {
    if (left.length === 0 || right.length === 0)
        return false;
    if (NAME_PARTICLES.has(left.toLowerCase()) && /^[A-Za-z]/.test(right))
        return true;
    return /^[a-z]+$/.test(left) && /^[a-z]+$/.test(right);
}
