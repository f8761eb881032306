import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../core/errors.js';
import { projectDataDir } from './data-dir.js';
/**
 * Loads the reciprocal event heads (data/events/reciprocal.txt): one lemma a line.
 *
 * @example
 * loadReciprocalHeads().has('meet') // true
 */
export function loadReciprocalHeads(file = join(projectDataDir(), 'events', 'reciprocal.txt')) {
    return loadLemmaList(file);
}
/**
 * Loads the support verbs whose object noun carries the event (data/events/light-verbs.txt).
 *
 * @example
 * loadLightVerbs().has('launch') // true
 */
export function loadLightVerbs(file = join(projectDataDir(), 'events', 'light-verbs.txt')) {
    return loadLemmaList(file);
}
/** A list of lower-case lemmas, one a line, '#' comments. */
function loadLemmaList(file) {
    const heads = new Set();
    readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
        const line = raw.replace(/#.*/, '').trim();
        if (line === '')
            return;
        if (!/^[a-z][a-z-]*$/.test(line)) {
            throw new ParleyError('LEXICON_INVALID', `'${line}' is not a lower-case lemma`, { input: file, line: i + 1 });
        }
        heads.add(line);
    });
    return heads;
}
