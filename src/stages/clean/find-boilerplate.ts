import { createSpan, type Span } from '../../core/span.js';
import type { BoilerplateKind, BoilerplateRule, BoilerplateRules } from './boilerplate-rules.js';
import { foldLine, startsWithAny } from './rule-gate.js';
import { mayContainGateLiteral } from './rule-index.js';

/** A line found to be boilerplate, and the rule that said so. */
export interface BoilerplateLine {
  readonly kind: BoilerplateKind;
  /** The line without its surrounding white space, `[start, end)` in UTF-16 units. */
  readonly span: Span;
  /** The rule's place in its file: `rules.tsv:12`. */
  readonly rule: string;
}

/** Longer lines are paragraphs of prose; site furniture is short. */
export const MAX_BOILERPLATE_LINE = 400;

/**
 * Every boilerplate line of `text`, in order. Each line is trimmed and tested against the rules
 * in file order; the first match decides its kind. The text is only read, never changed, and the
 * work is one pass over the lines. Each rule's gate (see `RuleGate`) spares its regular expression
 * on lines that cannot match, which are nearly all of them.
 *
 * @example
 * findBoilerplate('Iran met Iraq.\nSupport The Valley Gazette\n', rules)
 * // [{ kind: 'donation', span: [15, 41], rule: '.../rules.tsv:16' }]
 */
export function findBoilerplate(text: string, rules: BoilerplateRules): BoilerplateLine[] {
  const found: BoilerplateLine[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > start && end - start <= MAX_BOILERPLATE_LINE) {
      const rule = firstMatchingRule(text.slice(start, end), rules);
      if (rule !== null) found.push(Object.freeze({ kind: rule.kind, span: createSpan(start, end), rule: rule.origin }));
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return found;
}

/** The first rule, in file order, whose pattern matches the trimmed `line`, or null. */
function firstMatchingRule(line: string, { rules, index }: BoilerplateRules): BoilerplateRule | null {
  const candidates = index.byFirstUnit.get(line.charCodeAt(0)) ?? index.otherwise;
  let folded: string | undefined;
  let mayContain: boolean | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    const rule = rules[candidate.rule];
    const gate = rule.gate;
    if (gate.test !== 'none') {
      folded ??= foldLine(line);
      const subject = gate.folded ? folded : line;
      if (candidate.starts !== null) {
        if (!startsWithAny(subject, candidate.starts)) continue;
      } else if (candidate.prefiltered && !(mayContain ??= mayContainGateLiteral(index, line, folded))) {
        continue;
      } else if (!gate.search!.test(subject)) {
        continue;
      }
    }
    if (rule.pattern.test(line)) return rule;
  }
  return null;
}

/** White space as `String.prototype.trim` sees it, plus the byte-order mark. */
function isBlank(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0xfeff || c === 0x1680
    || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
