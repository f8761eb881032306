import { outlinePattern, type PatternOutline } from './pattern-outline.js';

/**
 * A cheap test every line a rule's pattern matches passes, derived from the pattern when the rule
 * is loaded. A line that fails it cannot match, so its regular expression is not run; a line that
 * passes still runs it. Most lines of an article are prose that no rule can match.
 */
export interface RuleGate {
  /** 'start': the line starts with one of `literals`; 'contains': it contains one; 'none': no test. */
  readonly test: 'start' | 'contains' | 'none';
  readonly literals: readonly string[];
  /** The pattern ignores case: the gate reads the case-folded line (`foldLine`). */
  readonly folded: boolean;
  /** For a 'contains' gate: any of `literals` (one search costs less than one per literal). */
  readonly search: RegExp | null;
}

const NO_GATE: RuleGate = Object.freeze({ test: 'none', literals: Object.freeze([]), folded: false, search: null });
/** Beyond these, a set of prefixes tells too little to be worth testing. */
const MAX_PREFIXES = 24;
const MAX_PREFIX_LENGTH = 12;
const MAX_CONTAINED = 16;
/** Longer start literals add little: 'this art' already rules out nearly every line. */
const MAX_START_LENGTH = 10;

/** Literal text the match starts with; `open` when unknown text may follow it. */
interface Prefix { readonly text: string; readonly open: boolean }
const EMPTY: readonly Prefix[] = Object.freeze([{ text: '', open: false }]);
const UNKNOWN: readonly Prefix[] = Object.freeze([{ text: '', open: true }]);

/**
 * The gate of `pattern` (flags `u` or `iu`): the literals an anchored pattern must start with,
 * or else the literals any match must contain, or no gate.
 *
 * @example
 * gateOf(/^(?:share|tweet)$/iu)              // { test: 'start', literals: ['share', 'tweet'], folded: true }
 * gateOf(/\bwe use cookies\b/iu).literals    // ['we use cookies']
 */
export function gateOf(pattern: RegExp): RuleGate {
  const outline = outlinePattern(pattern.source);
  if (outline === null) return NO_GATE;
  const folded = pattern.flags.includes('i');
  const an: Analysis = { folded, prefixes: new Map() };
  const anchored = outline.kind === 'sequence' && outline.items[0]?.kind === 'assertion' && outline.items[0].start;
  if (anchored) {
    const starts = prefixesOf(outline, an);
    if (starts.every((p) => p.text !== '')) return gate('start', shortestPrefixes(starts.map((p) => p.text.slice(0, MAX_START_LENGTH))), folded);
  }
  const contained = containedOf(outline, an);
  return contained === null ? NO_GATE : gate('contains', leastLiterals(contained), folded);
}

/**
 * A line as a case-insensitive pattern sees it, for comparing with folded literals: lower case,
 * with the two characters that fold onto ASCII letters but do not lower-case to them ('ſ' -> 's').
 *
 * @example
 * foldLine('SHARE this') // 'share this'
 */
export function foldLine(line: string): string {
  const lower = line.toLowerCase();
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
}

/**
 * Whether `line` starts with one of `literals`.
 *
 * @example
 * startsWithAny('share this', ['share', 'tweet']) // true
 */
export function startsWithAny(line: string, literals: readonly string[]): boolean {
  for (let i = 0; i < literals.length; i++) if (line.startsWith(literals[i])) return true;
  return false;
}

/**
 * A pattern matching any of `literals` as they are written (folded literals are searched for
 * in the folded line: a case-insensitive search costs several times more).
 *
 * @example
 * searchFor(['we use cookies', '(']).test('we use cookies') // true
 */
export function searchFor(literals: readonly string[]): RegExp {
  return new RegExp(literals.map((l) => l.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|'));
}

function gate(test: RuleGate['test'], literals: readonly string[], folded: boolean): RuleGate {
  const unique = Object.freeze([...new Set(literals)]);
  return Object.freeze({ test, literals: unique, folded, search: test === 'contains' ? searchFor(unique) : null });
}

/**
 * A literal character as the gate compares it: ASCII letters lower-cased when folded; a cased
 * letter beyond ASCII is left unknown when folded, since its case-folding may not be its lower case.
 */
function literalText(char: string, folded: boolean): string | null {
  if (!folded) return char;
  if (char.length === 1 && char.charCodeAt(0) < 0x80) return char.toLowerCase();
  return char.toLowerCase() === char.toUpperCase() ? char : null;
}

/** What the analysis of one pattern shares: its case mode and the prefixes of each node, computed once. */
interface Analysis {
  readonly folded: boolean;
  readonly prefixes: Map<PatternOutline, readonly Prefix[]>;
}

function prefixesOf(o: PatternOutline, an: Analysis): readonly Prefix[] {
  let known = an.prefixes.get(o);
  if (known === undefined) {
    known = computePrefixes(o, an);
    an.prefixes.set(o, known);
  }
  return known;
}

function computePrefixes(o: PatternOutline, an: Analysis): readonly Prefix[] {
  switch (o.kind) {
    case 'literal': {
      const text = literalText(o.char, an.folded);
      return text === null ? UNKNOWN : [{ text, open: false }];
    }
    case 'any': return UNKNOWN;
    case 'assertion': return EMPTY;
    case 'sequence': return sequencePrefixes(o.items, 0, an);
    case 'choice': return capped(o.options.flatMap((option) => prefixesOf(option, an)));
    case 'repeat': {
      if (o.max === 0) return EMPTY;
      // After the first time round, how many more follow is unknown: treat as open.
      const once = concat(prefixesOf(o.item, an), o.max === 1 ? EMPTY : UNKNOWN);
      return o.min === 0 ? capped([...EMPTY, ...once]) : once;
    }
  }
}

function sequencePrefixes(items: readonly PatternOutline[], from: number, an: Analysis): readonly Prefix[] {
  let result = EMPTY;
  for (let i = from; i < items.length && result.some((p) => !p.open); i++) result = concat(result, prefixesOf(items[i], an));
  return result;
}

function concat(heads: readonly Prefix[], tails: readonly Prefix[]): readonly Prefix[] {
  // Too many combinations to be useful: stop extending here (the heads stay true prefixes).
  if (heads.length * tails.length > 2 * MAX_PREFIXES) return capped(heads.map((h) => (h.open ? h : { text: h.text, open: true })));
  const out: Prefix[] = [];
  for (const h of heads) {
    if (h.open) { out.push(h); continue; }
    for (const t of tails) {
      const text = h.text + t.text;
      out.push(text.length > MAX_PREFIX_LENGTH ? { text: text.slice(0, MAX_PREFIX_LENGTH), open: true } : { text, open: t.open });
    }
  }
  return capped(out);
}

/**
 * Dedupes prefixes; when there are too many, shortens them all (dropping what follows, so
 * they stay true) until few enough are left.
 */
function capped(prefixes: readonly Prefix[]): readonly Prefix[] {
  const unique = dedupe(prefixes);
  if (unique.length <= MAX_PREFIXES) return unique;
  const shortened = (length: number) => dedupe(unique.map((p) => (p.text.length >= length ? { text: p.text.slice(0, length), open: true } : p)));
  // The longest cut that leaves few enough, found by halving (fewer prefixes the shorter the cut).
  let fits = 0;
  let tooMany = MAX_PREFIX_LENGTH + 1;
  while (tooMany - fits > 1) {
    const middle = (fits + tooMany) >> 1;
    if (shortened(middle).length <= MAX_PREFIXES) fits = middle; else tooMany = middle;
  }
  return fits === 0 ? UNKNOWN : shortened(fits);
}

function dedupe(prefixes: readonly Prefix[]): Prefix[] {
  const closed = new Set<string>();
  const open = new Set<string>();
  const out: Prefix[] = [];
  for (const p of prefixes) {
    const seen = p.open ? open : closed;
    if (!seen.has(p.text)) { seen.add(p.text); out.push(p); }
  }
  return out;
}

/** Literals one of which every match of `o` contains, or null when none is known. */
function containedOf(o: PatternOutline, an: Analysis): readonly string[] | null {
  switch (o.kind) {
    case 'literal': {
      const text = literalText(o.char, an.folded);
      return text === null ? null : [text];
    }
    case 'any': case 'assertion': return null;
    case 'repeat': return o.min === 0 ? null : containedOf(o.item, an);
    case 'choice': {
      const all: string[] = [];
      for (const option of o.options) {
        const inner = containedOf(option, an);
        if (inner === null) return null;
        all.push(...inner);
      }
      const needed = leastLiterals(all);
      return needed.length > MAX_CONTAINED ? null : needed;
    }
    case 'sequence': {
      let best: readonly string[] | null = null;
      for (let i = 0; i < o.items.length; i++) {
        best = better(best, containedOf(o.items[i], an));
        // Starting just after a literal finds nothing that starting at that literal does not, and
        // a run starting with an unknown or optional item starts with no literal.
        const item = o.items[i];
        if ((i > 0 && o.items[i - 1].kind === 'literal') || item.kind === 'any' || item.kind === 'assertion' || (item.kind === 'repeat' && item.min === 0)) continue;
        const starts = sequencePrefixes(o.items, i, an);
        if (starts.every((p) => p.text !== '')) best = better(best, leastLiterals(starts.map((p) => p.text)));
      }
      return best;
    }
  }
}

/** The more selective of two literal sets: longer shortest literal, then fewer literals. */
function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  if (b === null || b.length > MAX_CONTAINED) return a;
  if (a === null) return b;
  const shortest = (set: readonly string[]) => Math.min(...set.map((s) => s.length));
  const [sa, sb] = [shortest(a), shortest(b)];
  return sb > sa || (sb === sa && b.length < a.length) ? b : a;
}

/** Drops literals that contain another of the set: a line holding 'comments' holds 'comment'. */
function leastLiterals(literals: readonly string[]): string[] {
  const sorted = [...new Set(literals)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const l of sorted) if (!kept.some((k) => l.includes(k))) kept.push(l);
  return kept;
}

/** Drops prefixes that a shorter one in the set already starts: 'share' covers 'share this'. */
function shortestPrefixes(prefixes: readonly string[]): string[] {
  const sorted = [...new Set(prefixes)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const p of sorted) if (!kept.some((k) => p.startsWith(k))) kept.push(p);
  return kept;
}
