import { joinsHyphenated } from './hyphenated.js';
/**
 * A dictionary phrase split into words exactly as the segment stage splits text, so that a
 * dictionary entry and the same words in an article give the same token sequence.
 *
 * @example
 * phraseWords(tagger, 'Nuri al-Maliki') // ['Nuri', 'al-Maliki']
 */
export function phraseWords(tagger, phrase) {
    const t = tagger.tag(phrase);
    const words = [];
    for (let i = 0; i < t.values.length; i++) {
        if (i + 2 < t.values.length && t.values[i + 1] === '-' && t.spaces[i + 1] === '' && t.spaces[i + 2] === '' && joinsHyphenated(t.values[i], t.values[i + 2])) {
            words.push(`${t.values[i]}-${t.values[i + 2]}`);
            i += 2;
            continue;
        }
        words.push(t.values[i]);
    }
    return words;
}
