import { unitAtToken } from './sentence-view.js';
import { isTemporal } from './temporal.js';
/** Words a pattern may step over between its elements: "held [two days of] talks with". */
const GAP_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON', 'PART', 'NOUN', 'PROPN']);
const MAX_GAP = 4;
/** Quantifier words inside a skipped noun phrase: "more than a dozen", "dozens of". */
const GAP_WORDS = new Set(['than', 'of', '-']);
const NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART']);
/**
 * Tries `pattern` on the words after its head at token `head`. With `passive`, the `$T` slot is
 * skipped: the target is the passive subject, found elsewhere.
 *
 * @example
 * // "accused Tehran of fomenting" with pattern `accuse $T of` -> target: the Tehran unit
 */
export function matchPattern(view, pattern, head, passive) {
    const t = view.tokens;
    let cursor = head + 1;
    let target = null;
    let source = null;
    let targetUnknown = false;
    let targetStart = -1;
    let literals = 0;
    const literalTokens = [];
    for (const el of pattern.after) {
        if (el.kind === 'word') {
            const k = findWord(view, el, cursor);
            if (k < 0) {
                if (el.optional)
                    continue;
                return null;
            }
            literalTokens.push(k);
            literals++;
            cursor = k + 1;
            continue;
        }
        if (el.kind === 'target' && passive)
            continue;
        const unit = findUnit(view, cursor);
        if (unit) {
            if (el.kind === 'target')
                target = unit;
            else
                source = unit;
            cursor = unit.end;
            continue;
        }
        const skipped = skipNounPhrase(t, cursor, view.end);
        if (skipped === cursor) {
            // "X and Y met yesterday": a final target slot may stay empty; the stage looks for one elsewhere.
            if (el.kind === 'target' && el === pattern.after[pattern.after.length - 1])
                break;
            return null;
        }
        if (el.kind === 'target') {
            targetUnknown = true;
            targetStart = cursor;
        }
        cursor = skipped;
    }
    return { pattern, end: cursor, literalTokens, target, source, targetUnknown, targetStart, literals };
}
function findWord(view, el, from) {
    const t = view.tokens;
    for (let k = from; k < view.end && k <= from + MAX_GAP; k++) {
        if (el.words.includes(t.lower[k]) || el.words.includes(t.lemma[k]))
            return k;
        if (!GAP_POS.has(t.pos[k]) && !GAP_WORDS.has(t.lower[k]) && !isTemporal(t, k))
            return -1;
    }
    return -1;
}
/** Words that may open a noun phrase before its actor: "over 150 Palestinian prisoners", "at least two". */
const QUANTIFIERS = new Set(['over', 'about', 'around', 'nearly', 'almost', 'some', 'more', 'than', 'at', 'least', 'up', 'to', 'roughly', 'approximately', 'dozens', 'hundreds', 'thousands', 'of']);
function findUnit(view, from) {
    const t = view.tokens;
    for (let k = from; k < view.end && k <= from + 4; k++) {
        const u = unitAtToken(view, k);
        if (u)
            return u;
        const pos = t.pos[k];
        if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'ADV' && !QUANTIFIERS.has(t.lower[k]) && !isTemporal(t, k))
            return null;
    }
    return null;
}
function skipNounPhrase(t, from, end) {
    let k = from;
    while (k < end && k - from < 6 && NP_POS.has(t.pos[k]))
        k++;
    return k;
}
