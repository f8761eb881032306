import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ParleyError } from '../core/errors.js';
import { projectDataDir } from './data-dir.js';
import { parsePatternLine, PatternSyntaxError } from './pattern-line.js';
/**
 * Reads the event-pattern files (format: docs/patterns.md), checks every line against the
 * ontology, and indexes the patterns by head lemma, most specific first in each bucket.
 * A bad line is a `ParleyError('LEXICON_INVALID')` carrying the file and line number.
 *
 * @example
 * const patterns = loadEventPatterns(loadOntology());
 * patterns.byVerb.get('accuse')?.[0].code   // "1121" (its most specific pattern)
 */
export function loadEventPatterns(ontology, options = {}) {
    const dir = options.dir ?? join(projectDataDir(), 'patterns');
    const shownDir = options.dir === undefined ? 'data/patterns' : dir;
    const files = options.files ?? listPatternFiles(dir);
    const patterns = [];
    const seen = new Map();
    for (const file of files) {
        const path = resolve(dir, file);
        const shown = options.dir === undefined && options.files === undefined ? `${shownDir}/${file}` : path;
        const lines = readPatternFile(path).split(/\r?\n/);
        lines.forEach((raw, i) => {
            const text = raw.replace(/(^|\s)#.*$/, '').trim();
            if (text === '')
                return;
            const fail = (msg) => new ParleyError('LEXICON_INVALID', msg, { input: path, line: i + 1 });
            let parsed;
            try {
                parsed = parsePatternLine(text);
            }
            catch (e) {
                if (e instanceof PatternSyntaxError)
                    throw fail(e.message);
                throw e;
            }
            if (!ontology.has(parsed.code))
                throw fail(`unknown CAMEO code "${parsed.code}"`);
            const id = `${shown}:${i + 1}`;
            for (const variant of parsed.variants) {
                for (const key of patternKeys(variant)) {
                    const earlier = seen.get(key);
                    if (earlier !== undefined && earlier.code !== parsed.code) {
                        throw fail(`pattern "${key.slice(2)}" is coded ${parsed.code} here and ${earlier.code} at ${earlier.id}`);
                    }
                    seen.set(key, { code: parsed.code, id });
                }
                patterns.push(Object.freeze({ id, code: parsed.code, ...variant }));
            }
        });
    }
    return Object.freeze({
        patterns: Object.freeze(patterns),
        byVerb: indexByHead(patterns, 'verb'),
        byNoun: indexByHead(patterns, 'noun'),
    });
}
function listPatternFiles(dir) {
    try {
        return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    }
    catch (cause) {
        throw new ParleyError('LEXICON_INVALID', `cannot list pattern folder ${dir}`, { input: dir, cause });
    }
}
function readPatternFile(path) {
    try {
        return readFileSync(path, 'utf8');
    }
    catch (cause) {
        throw new ParleyError('LEXICON_INVALID', `cannot read pattern file ${path}`, { input: path, cause });
    }
}
/** One key per head alternative, so "slam|blast $T" clashes with a later "slam $T". */
function patternKeys(p) {
    const after = p.after
        .map((e) => (e.kind === 'target' ? '$T' : e.kind === 'source' ? '$S' : `${e.words.join('|')}${e.optional ? '?' : ''}`))
        .join(' ');
    return p.head.map((h) => `${p.headPos === 'noun' ? 'n' : 'v'} ${p.headPos === 'noun' ? 'n:' : ''}${h}${after ? ` ${after}` : ''}`);
}
function indexByHead(patterns, pos) {
    const index = new Map();
    for (const p of patterns) {
        if (p.headPos !== pos)
            continue;
        for (const h of p.head) {
            const bucket = index.get(h);
            if (bucket === undefined)
                index.set(h, [p]);
            else
                bucket.push(p);
        }
    }
    // Array.prototype.sort is stable: equally specific patterns keep their file order.
    for (const bucket of index.values())
        Object.freeze(bucket.sort((a, b) => b.literalCount - a.literalCount));
    return index;
}
