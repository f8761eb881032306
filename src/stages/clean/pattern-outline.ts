/**
 * The outline of a regular expression: just enough of its structure (literal characters,
 * sequences, alternatives, repeats) to derive what every match must contain. Anything the
 * outline does not model (classes, `.`, `\d`, back-references) becomes `any`, so conclusions
 * drawn from an outline can only be weaker than the pattern, never wrong.
 */
export type PatternOutline =
  | { readonly kind: 'literal'; readonly char: string }
  /** One character the outline does not know. */
  | { readonly kind: 'any' }
  /** Zero-width: `^`, `$`, `\b`, look-arounds. */
  | { readonly kind: 'assertion'; readonly start: boolean }
  | { readonly kind: 'sequence'; readonly items: readonly PatternOutline[] }
  | { readonly kind: 'choice'; readonly options: readonly PatternOutline[] }
  | { readonly kind: 'repeat'; readonly item: PatternOutline; readonly min: number; readonly max: number };

const ANY: PatternOutline = Object.freeze({ kind: 'any' });
const UNKNOWN_RUN: PatternOutline = Object.freeze({ kind: 'repeat', item: ANY, min: 0, max: Infinity });
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S']);
const SYNTAX_CHARACTERS = '^$\\.*+?()[]{}|/-';
const CONTROL_ESCAPES: Readonly<Record<string, string>> = Object.freeze({ t: '\t', n: '\n', r: '\r', v: '\v', f: '\f', '0': '\0' });

/**
 * Outlines the source of a Unicode-mode (`u` flag) regular expression that already compiles.
 * Returns null for syntax it does not follow, so callers fall back to testing the pattern.
 *
 * @example
 * outlinePattern('^ab?') // sequence [assertion(start), literal a, repeat(literal b, 0, 1)]
 */
export function outlinePattern(source: string): PatternOutline | null {
  const reader = { source, at: 0 };
  try {
    const outline = readChoice(reader);
    return reader.at === source.length ? outline : null;
  } catch {
    // A construct the outline does not follow; the pattern itself compiled, so nothing is lost.
    return null;
  }
}

interface Reader { readonly source: string; at: number }

function readChoice(r: Reader): PatternOutline {
  const options = [readSequence(r)];
  while (r.source[r.at] === '|') {
    r.at++;
    options.push(readSequence(r));
  }
  return options.length === 1 ? options[0] : { kind: 'choice', options };
}

function readSequence(r: Reader): PatternOutline {
  const items: PatternOutline[] = [];
  while (r.at < r.source.length && r.source[r.at] !== '|' && r.source[r.at] !== ')') {
    items.push(readQuantifier(r, readAtom(r)));
  }
  return { kind: 'sequence', items };
}

function readAtom(r: Reader): PatternOutline {
  const s = r.source;
  const c = s[r.at];
  if (c === '(') return readGroup(r);
  if (c === '[') return readClass(r);
  if (c === '.') { r.at++; return ANY; }
  if (c === '^' || c === '$') { r.at++; return { kind: 'assertion', start: c === '^' }; }
  if (c === '\\') return readEscape(r);
  if (c === '*' || c === '+' || c === '?' || c === '{' || c === ']' || c === '}') throw new Error(`unexpected '${c}'`);
  const char = String.fromCodePoint(s.codePointAt(r.at)!);
  r.at += char.length;
  return { kind: 'literal', char };
}

function readGroup(r: Reader): PatternOutline {
  const s = r.source;
  r.at++;
  let lookaround = false;
  if (s[r.at] === '?') {
    const rest = s.slice(r.at + 1, r.at + 3);
    if (rest.startsWith(':')) r.at += 2;
    else if (rest.startsWith('=') || rest.startsWith('!')) { lookaround = true; r.at += 2; }
    else if (rest === '<=' || rest === '<!') { lookaround = true; r.at += 3; }
    else if (rest.startsWith('<')) { const close = s.indexOf('>', r.at); if (close === -1) throw new Error('bad group name'); r.at = close + 1; }
    else throw new Error('unknown group');
  }
  const inner = readChoice(r);
  if (s[r.at] !== ')') throw new Error('unclosed group');
  r.at++;
  return lookaround ? { kind: 'assertion', start: false } : inner;
}

function readEscape(r: Reader): PatternOutline {
  const s = r.source;
  const c = s[r.at + 1];
  r.at += 2;
  if (c === undefined) throw new Error('dangling escape');
  if (CLASS_ESCAPES.has(c)) return ANY;
  if (c === 'p' || c === 'P') { const close = s.indexOf('}', r.at); if (close === -1) throw new Error('bad property'); r.at = close + 1; return ANY; }
  if (c === 'b' || c === 'B') return { kind: 'assertion', start: false };
  if (Object.hasOwn(CONTROL_ESCAPES, c)) return { kind: 'literal', char: CONTROL_ESCAPES[c] };
  if (c === 'k' || isDigit(c)) { // a back-reference: text of unknown length
    if (c === 'k') { const close = s.indexOf('>', r.at); if (close === -1) throw new Error('bad reference'); r.at = close + 1; }
    while (r.at < s.length && isDigit(s[r.at])) r.at++;
    return UNKNOWN_RUN;
  }
  if (SYNTAX_CHARACTERS.includes(c)) return { kind: 'literal', char: c };
  if (c === 'x' || c === 'u' || c === 'c') return skipCharacterEscape(r, c);
  throw new Error(`unknown escape \\${c}`);
}

/** `\xHH`, `\uHHHH`, `\u{H...}`, `\cX`: a character the outline need not name (a pair of `\u` surrogates reads as two). */
function skipCharacterEscape(r: Reader, c: string): PatternOutline {
  if (c === 'x') r.at += 2;
  else if (c === 'c') r.at += 1;
  else if (r.source[r.at] !== '{') r.at += 4;
  else {
    const close = r.source.indexOf('}', r.at);
    if (close === -1) throw new Error('bad escape');
    r.at = close + 1;
  }
  return ANY;
}

function readQuantifier(r: Reader, item: PatternOutline): PatternOutline {
  const s = r.source;
  const c = s[r.at];
  let min: number;
  let max: number;
  if (c === '*') { min = 0; max = Infinity; r.at++; }
  else if (c === '+') { min = 1; max = Infinity; r.at++; }
  else if (c === '?') { min = 0; max = 1; r.at++; }
  else if (c === '{') {
    const close = s.indexOf('}', r.at);
    const [low, high] = s.slice(r.at + 1, close).split(',');
    if (close === -1 || !/^\d+$/.test(low) || (high !== undefined && !/^\d*$/.test(high))) throw new Error('bad quantifier');
    min = Number(low);
    max = high === undefined ? min : high === '' ? Infinity : Number(high);
    r.at = close + 1;
  } else return item;
  if (s[r.at] === '?') r.at++;
  return { kind: 'repeat', item, min, max };
}

/** A class of a few plain characters (`[Rr]`) is a choice of literals; any other is one unknown character. */
function readClass(r: Reader): PatternOutline {
  const s = r.source;
  let end = -1;
  for (let i = r.at + 1; i < s.length && end === -1; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ']') end = i + 1;
  }
  if (end === -1) throw new Error('unclosed class');
  const body = s.slice(r.at + 1, end - 1);
  r.at = end;
  if (body.length === 0 || body.length > 4 || ![...body].every(isPlainClassMember)) return ANY;
  return { kind: 'choice', options: [...body].map((char) => ({ kind: 'literal', char })) };
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** An ASCII letter, digit or space: a class member that stands for itself. */
function isPlainClassMember(c: string): boolean {
  return c === ' ' || isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
