import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../core/errors.js';
import { projectDataDir } from './data-dir.js';
/**
 * Loads data/events/intent-codes.tsv, checking every code against the ontology.
 *
 * @example
 * loadIntentCodes(ontology).intentOf('0841') // '0353'
 */
export function loadIntentCodes(ontology, file = join(projectDataDir(), 'events', 'intent-codes.tsv')) {
    const map = new Map();
    readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
        const line = raw.replace(/#.*/, '').trim();
        if (line === '')
            return;
        const [prefix, intent, extra] = line.split(/\t+/);
        if (!prefix || !intent || extra !== undefined || !ontology.has(prefix) || !ontology.has(intent)) {
            throw new ParleyError('LEXICON_INVALID', `expected two known CAMEO codes separated by a tab, got '${line}'`, { input: file, line: i + 1 });
        }
        map.set(prefix, intent);
    });
    return Object.freeze({
        intentOf(code) {
            for (let n = code.length; n >= 2; n--) {
                const hit = map.get(code.slice(0, n));
                if (hit)
                    return hit;
            }
            return null;
        },
    });
}
