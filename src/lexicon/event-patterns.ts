import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ParleyError } from '../core/errors.js';
import type { Ontology } from '../ontology/types.js';
import { projectDataDir } from './data-dir.js';
import { parsePatternLine, PatternSyntaxError } from './pattern-line.js';
import type { EventPattern, PatternSet } from './pattern-types.js';

/** Where to read pattern files from: a folder, and optionally which of its files. */
export interface EventPatternOptions {
  /** Folder of pattern files; default `data/patterns/`. */
  readonly dir?: string;
  /** Files to read, relative to `dir` (or absolute); default every `*.txt` in `dir`, sorted. */
  readonly files?: readonly string[];
  /**
   * A user's own pattern files (paths), read before the others. Their patterns come first among
   * equally specific ones, and a later pattern with the same words but another code gives way to
   * the user's instead of being an error.
   */
  readonly extraFiles?: readonly string[];
}

/**
 * Reads the event-pattern files (format: docs/patterns.md), checks every line against the
 * ontology, and indexes the patterns by head lemma, most specific first in each bucket.
 * A bad line is a `ParleyError('LEXICON_INVALID')` carrying the file and line number.
 *
 * @example
 * const patterns = loadEventPatterns(loadOntology());
 * patterns.byVerb.get('accuse')?.[0].code   // "1121" (its most specific pattern)
 */
export function loadEventPatterns(ontology: Ontology, options: EventPatternOptions = {}): PatternSet {
  const dir = options.dir ?? join(projectDataDir(), 'patterns');
  const shownDir = options.dir === undefined ? 'data/patterns' : dir;
  const files = [
    ...(options.extraFiles ?? []).map((file) => ({ path: resolve(file), shown: resolve(file), user: true })),
    ...(options.files ?? listPatternFiles(dir)).map((file) => ({
      path: resolve(dir, file),
      shown: options.dir === undefined && options.files === undefined ? `${shownDir}/${file}` : resolve(dir, file),
      user: false,
    })),
  ];
  const patterns: EventPattern[] = [];
  const seen = new Map<string, { code: string; id: string; user: boolean }>();

  for (const { path, shown, user } of files) {
    const lines = readPatternFile(path).split(/\r?\n/);
    lines.forEach((raw, i) => {
      const text = raw.replace(/(^|\s)#.*$/, '').trim();
      if (text === '') return;
      const fail = (msg: string) => new ParleyError('LEXICON_INVALID', msg, { input: path, line: i + 1 });
      let parsed;
      try {
        parsed = parsePatternLine(text);
      } catch (e) {
        if (e instanceof PatternSyntaxError) throw fail(e.message);
        throw e;
      }
      if (!ontology.has(parsed.code)) throw fail(`unknown CAMEO code "${parsed.code}"`);
      const id = `${shown}:${i + 1}`;
      for (const parsedVariant of parsed.variants) {
        const variant = withoutOverridden(parsedVariant, parsed.code, user, seen);
        if (variant === null) continue;
        for (const key of patternKeys(variant)) {
          const earlier = seen.get(key);
          if (earlier !== undefined && earlier.code !== parsed.code) {
            throw fail(`pattern "${key.slice(2)}" is coded ${parsed.code} here and ${earlier.code} at ${earlier.id}`);
          }
          seen.set(key, { code: parsed.code, id, user });
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

type PatternVariant = Omit<EventPattern, 'id' | 'code'>;

/**
 * A built-in variant without the heads a user's pattern already codes otherwise (null when none
 * is left): the user's file wins. User variants and variants no user pattern touches pass as they are.
 */
function withoutOverridden(
  variant: PatternVariant,
  code: string,
  user: boolean,
  seen: ReadonlyMap<string, { code: string; user: boolean }>,
): PatternVariant | null {
  if (user) return variant;
  const keys = patternKeys(variant);
  const kept = variant.head.filter((_, i) => {
    const earlier = seen.get(keys[i]);
    return !(earlier !== undefined && earlier.user && earlier.code !== code);
  });
  if (kept.length === variant.head.length) return variant;
  return kept.length === 0 ? null : { ...variant, head: Object.freeze(kept) };
}

function listPatternFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  } catch (cause) {
    throw new ParleyError('LEXICON_INVALID', `cannot list pattern folder ${dir}`, { input: dir, cause });
  }
}

function readPatternFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ParleyError('LEXICON_INVALID', `cannot read pattern file ${path}`, { input: path, cause });
  }
}

/** One key per head alternative, so "slam|blast $T" clashes with a later "slam $T". */
function patternKeys(p: PatternVariant): string[] {
  const after = p.after
    .map((e) => (e.kind === 'target' ? '$T' : e.kind === 'source' ? '$S' : `${e.words.join('|')}${e.optional ? '?' : ''}`))
    .join(' ');
  return p.head.map((h) => `${p.headPos === 'noun' ? 'n' : 'v'} ${p.headPos === 'noun' ? 'n:' : ''}${h}${after ? ` ${after}` : ''}`);
}

function indexByHead(patterns: readonly EventPattern[], pos: 'verb' | 'noun'): ReadonlyMap<string, readonly EventPattern[]> {
  const index = new Map<string, EventPattern[]>();
  for (const p of patterns) {
    if (p.headPos !== pos) continue;
    for (const h of p.head) {
      const bucket = index.get(h);
      if (bucket === undefined) index.set(h, [p]);
      else bucket.push(p);
    }
  }
  // Array.prototype.sort is stable: equally specific patterns keep their file order.
  for (const bucket of index.values()) Object.freeze(bucket.sort((a, b) => b.literalCount - a.literalCount));
  return index;
}
