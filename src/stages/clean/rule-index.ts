import { searchFor, type RuleGate } from './rule-gate.js';

/**
 * Which rules to try on a line, by the line's first UTF-16 unit: a rule gated on how a line
 * starts is listed only under the units that can begin a match; every other rule is listed
 * everywhere. Lists keep the rules' file order, so the first match still decides.
 */
export interface RuleIndex {
  readonly byFirstUnit: ReadonlyMap<number, readonly RuleCandidate[]>;
  /** The rules for a line whose first unit is not a key of `byFirstUnit`. */
  readonly otherwise: readonly RuleCandidate[];
  /**
   * The literals of the 'contains' gates (but short ones) in one search for the line as it is and
   * one for the folded line, so a line that holds none (nearly every line) is told so by two searches.
   */
  readonly containsExact: RegExp | null;
  readonly containsFolded: RegExp | null;
}

/** A rule to try on a line. */
export interface RuleCandidate {
  /** Its place in the rules. */
  readonly rule: number;
  /** For a start-gated rule, those of its literals that can begin the line (folded when its gate is); else null. */
  readonly starts: readonly string[] | null;
  /** For a 'contains' gate: its literals are in the index's shared searches, which rule it out when they fail. */
  readonly prefiltered: boolean;
}

/** Shorter literals ('(') would make the shared search slow and pass too many lines to be worth it. */
const MIN_SHARED_LITERAL = 3;

/**
 * Indexes rules by their gates (one gate per rule, in file order).
 *
 * @example
 * indexRules([gateOf(/^Share$/u), gateOf(/cookies/iu)]).byFirstUnit.get(0x53) // [0, 1]
 */
export function indexRules(gates: readonly RuleGate[]): RuleIndex {
  const unitsOf = gates.map((g) => (g.test === 'start' ? firstUnits(g) : null));
  const keys = new Set(unitsOf.flatMap((units) => (units ? [...units] : [])));
  const listFor = (unit: number | null): readonly RuleCandidate[] => Object.freeze(gates.flatMap<RuleCandidate>((g, rule) => {
    if (g.test !== 'start') return [Object.freeze({ rule, starts: null, prefiltered: isShared(g) })];
    if (unit === null || !unitsOf[rule]!.has(unit)) return [];
    const first = g.folded ? foldedUnit(unit) : unit;
    return [Object.freeze({ rule, starts: Object.freeze(g.literals.filter((l) => l.charCodeAt(0) === first)), prefiltered: false })];
  }));
  return Object.freeze({
    byFirstUnit: new Map([...keys].sort((a, b) => a - b).map((unit) => [unit, listFor(unit)] as const)),
    otherwise: listFor(null),
    containsExact: anyOf(gates.filter((g) => isShared(g) && !g.folded)),
    containsFolded: anyOf(gates.filter((g) => isShared(g) && g.folded)),
  });
}

/**
 * Whether a line (as it is, and folded) may pass some prefiltered 'contains' gate: false means none can.
 *
 * @example
 * mayContainGateLiteral(indexRules([gateOf(/cookies/iu)]), 'We use COOKIES', 'we use cookies') // true
 */
export function mayContainGateLiteral(index: RuleIndex, line: string, folded: string): boolean {
  return (index.containsExact !== null && index.containsExact.test(line))
    || (index.containsFolded !== null && index.containsFolded.test(folded));
}

function isShared(g: RuleGate): boolean {
  return g.test === 'contains' && g.literals.every((l) => l.length >= MIN_SHARED_LITERAL);
}

/** One pattern matching any literal of `gates`. */
function anyOf(gates: readonly RuleGate[]): RegExp | null {
  const literals = [...new Set(gates.flatMap((g) => g.literals))];
  return literals.length === 0 ? null : searchFor(literals);
}

/**
 * The first units of lines a start-gated rule can match. A folded ASCII letter also begins lines
 * in upper case, and 's' and 'k' lines starting with 'ſ' (U+017F) and the Kelvin sign (U+212A),
 * which case-insensitive patterns read as those letters.
 */
function firstUnits(g: RuleGate): Set<number> {
  const units = new Set<number>();
  for (const literal of g.literals) {
    const u = literal.charCodeAt(0);
    units.add(u);
    if (!g.folded || u < 0x61 || u > 0x7a) continue;
    units.add(u - 0x20);
    if (literal[0] === 's') units.add(0x17f);
    if (literal[0] === 'k') units.add(0x212a);
  }
  return units;
}

/** The unit `unit` folds to, for the units `firstUnits` lists. */
function foldedUnit(unit: number): number {
  if (unit >= 0x41 && unit <= 0x5a) return unit + 0x20;
  if (unit === 0x17f) return 0x73;
  if (unit === 0x212a) return 0x6b;
  return unit;
}
