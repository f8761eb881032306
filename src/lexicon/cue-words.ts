import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../core/errors.js';
import { projectDataDir } from './data-dir.js';

/** The kinds of modality cue in data/patterns/cues.tsv. */
export type CueKind = 'negation' | 'report' | 'allegation' | 'future' | 'hypothetical' | 'hedge';

/**
 * Modality cue words, lower-cased: single words, or multiword phrases as their words joined by one
 * space ("according to"). The events stage looks a token's lower-cased form and lemma up in these.
 */
export type CueWords = { readonly [K in CueKind]: ReadonlySet<string> };

const CUE_KINDS: readonly CueKind[] = ['negation', 'report', 'allegation', 'future', 'hypothetical', 'hedge'];

/**
 * Loads `cues.tsv` from `dir` (default `data/patterns/`): `cue<TAB>word|phrase|...` lines.
 * An unknown cue name or an empty word is a line-numbered `LEXICON_INVALID` error.
 *
 * @example
 * const cues = loadCueWords();
 * cues.negation.has("n't");          // true
 * cues.report.has('according to');   // true
 */
export function loadCueWords(dir: string = join(projectDataDir(), 'patterns')): CueWords {
  const file = join(dir, 'cues.tsv');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new ParleyError('LEXICON_INVALID', `cannot read cue words ${file}`, { input: file, cause });
  }
  const sets = new Map<CueKind, Set<string>>(CUE_KINDS.map((k) => [k, new Set<string>()]));
  let sawHeader = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fail = (msg: string) => new ParleyError('LEXICON_INVALID', msg, { input: file, line: i + 1 });
    const tab = raw.indexOf('\t');
    if (tab < 0) throw fail('expected CUE<TAB>WORDS');
    const cue = raw.slice(0, tab).trim();
    const words = raw.slice(tab + 1).trim();
    if (!sawHeader && cue === 'cue') {
      sawHeader = true;
      return;
    }
    const set = sets.get(cue as CueKind);
    if (set === undefined) throw fail(`unknown cue "${cue}" (one of ${CUE_KINDS.join(', ')})`);
    for (const alt of words.split('|')) {
      const phrase = alt.trim().toLowerCase().split(/\s+/).join(' ');
      if (phrase === '') throw fail(`empty word in "${words}"`);
      set.add(phrase);
    }
  });
  const out = Object.fromEntries([...sets].map(([k, v]) => [k, freezeSet(v)])) as unknown as CueWords;
  return Object.freeze(out);
}

/** A read-only view of a set: the frozen value cannot be changed through `add` or `delete`. */
function freezeSet(set: Set<string>): ReadonlySet<string> {
  return Object.freeze({
    has: (v: string) => set.has(v),
    get size() {
      return set.size;
    },
    forEach: (cb: (v: string, v2: string, s: ReadonlySet<string>) => void, thisArg?: unknown) =>
      set.forEach((v) => cb.call(thisArg, v, v, set)),
    entries: () => set.entries(),
    keys: () => set.keys(),
    values: () => set.values(),
    [Symbol.iterator]: () => set.values(),
  }) as ReadonlySet<string>;
}
