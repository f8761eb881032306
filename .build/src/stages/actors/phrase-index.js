import { phraseWords } from '../segment/phrase-words.js';
const PROPER_KINDS = new Set(['country', 'adjective', 'people', 'capital', 'organization', 'group', 'person']);
/**
 * Indexes every entry of the lexicon by its words (split as the segmenter splits text).
 * Matching is case-insensitive, except that short all-capital acronyms ("US", "UN", "IS") must
 * match exactly, and names of places, bodies and people must start with a capital letter.
 *
 * @example
 * const idx = createPhraseIndex(lexicon, tagger);
 * idx.longestAt(tokens, 3, tokens.count) // { start: 3, end: 5, entries: [Nuri al-Maliki...] }
 */
export function createPhraseIndex(lexicon, tagger) {
    const root = { next: new Map(), entries: [], surface: null };
    const wordsCache = new Map();
    for (const entry of lexicon.entries) {
        let words = wordsCache.get(entry.phrase);
        if (!words) {
            words = phraseWords(tagger, entry.phrase);
            wordsCache.set(entry.phrase, words);
        }
        if (words.length === 0)
            continue;
        let node = root;
        for (const w of words) {
            const key = w.toLowerCase();
            let child = node.next.get(key);
            if (!child) {
                child = { next: new Map(), entries: [], surface: null };
                node.next.set(key, child);
            }
            node = child;
        }
        node.entries.push(entry);
        node.surface ??= words;
    }
    return Object.freeze({
        longestAt(tokens, i, limit) {
            let node = root;
            let best = null;
            for (let j = i; j < limit; j++) {
                const w = tokens.lower[j];
                // A name at the end of a sentence carries its full stop: "... met Hun Sen."
                node = node.next.get(w) ?? (w.length > 2 && w.endsWith('.') && j + 1 === limit ? node.next.get(w.slice(0, -1)) : undefined);
                if (!node)
                    break;
                if (node.entries.length > 0) {
                    const ok = node.entries.filter((e) => caseFits(e, node.surface, tokens, i));
                    if (ok.length > 0)
                        best = { start: i, end: j + 1, entries: ok };
                }
            }
            return best;
        },
    });
}
function caseFits(entry, surface, tokens, i) {
    for (let k = 0; k < surface.length; k++) {
        const w = surface[k];
        if (w.length <= 5 && /^[A-Z.]+$/.test(w) && /[A-Z]/.test(w) && w.replace(/\./g, '').length >= 2) {
            const t = tokens.text[i + k];
            if (t !== w && t.replace(/\./g, '') !== w.replace(/\./g, ''))
                return false;
        }
    }
    if (PROPER_KINDS.has(entry.kind)) {
        // Every capitalised word of a proper name must be capitalised in the text too: "Islamic State"
        // is a group, "a strict Islamic state" is not; "al-Maliki" is written in lower case.
        for (let k = 0; k < surface.length; k++) {
            const written = surface[k].charCodeAt(0);
            const seen = tokens.text[i + k].charCodeAt(0);
            if (written >= 65 && written <= 90 && seen >= 97 && seen <= 122)
                return false;
        }
    }
    return true;
}
