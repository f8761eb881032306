import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../core/errors.js';
import { projectDataDir } from '../../lexicon/data-dir.js';
import { gateOf, type RuleGate } from './rule-gate.js';
import { indexRules, type RuleIndex } from './rule-index.js';

/** What a boilerplate line is; the kinds `data/boilerplate/rules.tsv` may use. */
export const BOILERPLATE_KINDS = [
  'donation', 'subscribe', 'share', 'related', 'byline', 'credit', 'cookie', 'comments', 'copyright',
  'click', 'social', 'chrome', 'navigation', 'timestamp',
] as const;

export type BoilerplateKind = (typeof BOILERPLATE_KINDS)[number];

/** One rule: lines its pattern matches are boilerplate of its kind. */
export interface BoilerplateRule {
  readonly kind: BoilerplateKind;
  /** Compiled without the `g` flag, so `test` keeps no state between lines. */
  readonly pattern: RegExp;
  readonly notes: string;
  /** Where it was written, for messages: `rules.tsv:12`. */
  readonly origin: string;
  /** What a line must hold for `pattern` to have a chance, so most lines skip the regex. */
  readonly gate: RuleGate;
}

export interface BoilerplateRules {
  readonly rules: readonly BoilerplateRule[];
  /** The rules to try on a line, by its first character. */
  readonly index: RuleIndex;
}

const HEADER = ['kind', 'pattern', 'notes'];
const CASE_INSENSITIVE = '(?i)';

/**
 * Parses boilerplate rules from TSV text (`kind<TAB>pattern<TAB>notes`, a header line first, `#`
 * comments and blank lines ignored). A pattern is a Unicode-mode regular expression over one
 * trimmed line, case-sensitive unless it starts with `(?i)`. Throws LEXICON_INVALID naming the
 * file and line for a missing header, a wrong column count, an unknown kind, a pattern that does
 * not compile or one that matches an empty line.
 *
 * @example
 * parseBoilerplateRules('kind\tpattern\tnotes\ndonation\t(?i)^donate now$\tbutton\n', 'rules.tsv').rules[0].kind
 * // 'donation'
 */
export function parseBoilerplateRules(tsv: string, origin: string): BoilerplateRules {
  const rules: BoilerplateRule[] = [];
  const invalid = (line: number, message: string): ParleyError =>
    new ParleyError('LEXICON_INVALID', message, { stage: 'clean', input: origin, line });
  let sawHeader = false;
  const lines = tsv.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const number = i + 1;
    const line = lines[i];
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!sawHeader) {
      if (cells.length < 2 || cells[0] !== HEADER[0] || cells[1] !== HEADER[1]) {
        throw invalid(number, `expected the header line '${HEADER.join('\\t')}'`);
      }
      sawHeader = true;
      continue;
    }
    if (cells.length < 2 || cells.length > 3) {
      throw invalid(number, `expected 2 or 3 tab-separated columns (kind, pattern, notes), found ${cells.length}`);
    }
    const [kind, source, notes = ''] = cells;
    if (!(BOILERPLATE_KINDS as readonly string[]).includes(kind)) {
      throw invalid(number, `unknown kind '${kind}'; expected one of ${BOILERPLATE_KINDS.join(', ')}`);
    }
    const pattern = compile(source, invalid, number);
    rules.push(Object.freeze({ kind: kind as BoilerplateKind, pattern, notes, origin: `${origin}:${number}`, gate: gateOf(pattern) }));
  }
  if (!sawHeader) throw invalid(1, `no header line '${HEADER.join('\\t')}'`);
  return Object.freeze({ rules: Object.freeze(rules), index: indexRules(rules.map((r) => r.gate)) });
}

function compile(source: string, invalid: (line: number, message: string) => ParleyError, line: number): RegExp {
  const insensitive = source.startsWith(CASE_INSENSITIVE);
  const body = insensitive ? source.slice(CASE_INSENSITIVE.length) : source;
  if (body.trim() === '') throw invalid(line, 'the pattern is empty');
  let pattern: RegExp;
  try {
    pattern = new RegExp(body, insensitive ? 'iu' : 'u');
  } catch (e) {
    throw invalid(line, `the pattern does not compile: ${(e as Error).message}`);
  }
  if (pattern.test('')) throw invalid(line, 'the pattern matches an empty line, so it would mark everything');
  return pattern;
}

/**
 * Loads `rules.tsv` from `dir` (default: the package's `data/boilerplate/`).
 *
 * @example
 * const clean = createCleanStage(loadBoilerplateRules());
 */
export function loadBoilerplateRules(dir: string = join(projectDataDir(), 'boilerplate')): BoilerplateRules {
  const path = join(dir, 'rules.tsv');
  let tsv: string;
  try {
    tsv = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ParleyError('LEXICON_INVALID', `cannot read the boilerplate rules: ${(e as Error).message}`, { stage: 'clean', input: path, cause: e });
  }
  return parseBoilerplateRules(tsv, path);
}
