import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../core/errors.js';
import { projectDataDir } from './data-dir.js';
const CUE_KINDS = ['negation', 'report', 'allegation', 'future', 'hypothetical', 'hedge'];
/**
 * Loads `cues.tsv` from `dir` (default `data/patterns/`): `cue<TAB>word|phrase|...` lines.
 * An unknown cue name or an empty word is a line-numbered `LEXICON_INVALID` error.
 *
 * @example
 * const cues = loadCueWords();
 * cues.negation.has("n't");          // true
 * cues.report.has('according to');   // true
 */
export function loadCueWords(dir = join(projectDataDir(), 'patterns')) {
    const file = join(dir, 'cues.tsv');
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (cause) {
        throw new ParleyError('LEXICON_INVALID', `cannot read cue words ${file}`, { input: file, cause });
    }
    const sets = new Map(CUE_KINDS.map((k) => [k, new Set()]));
    let sawHeader = false;
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const fail = (msg) => new ParleyError('LEXICON_INVALID', msg, { input: file, line: i + 1 });
        const tab = raw.indexOf('\t');
        if (tab < 0)
            throw fail('expected CUE<TAB>WORDS');
        const cue = raw.slice(0, tab).trim();
        const words = raw.slice(tab + 1).trim();
        if (!sawHeader && cue === 'cue') {
            sawHeader = true;
            return;
        }
        const set = sets.get(cue);
        if (set === undefined)
            throw fail(`unknown cue "${cue}" (one of ${CUE_KINDS.join(', ')})`);
        for (const alt of words.split('|')) {
            const phrase = alt.trim().toLowerCase().split(/\s+/).join(' ');
            if (phrase === '')
                throw fail(`empty word in "${words}"`);
            set.add(phrase);
        }
    });
    const out = Object.fromEntries([...sets].map(([k, v]) => [k, freezeSet(v)]));
    return Object.freeze(out);
}
/** A read-only view of a set: the frozen value cannot be changed through `add` or `delete`. */
function freezeSet(set) {
    return Object.freeze({
        has: (v) => set.has(v),
        get size() {
            return set.size;
        },
        forEach: (cb, thisArg) => set.forEach((v) => cb.call(thisArg, v, v, set)),
        entries: () => set.entries(),
        keys: () => set.keys(),
        values: () => set.values(),
        [Symbol.iterator]: () => set.values(),
    });
}
