import type { TokenTable } from '../../core/tokens.js';
import type { EventPattern, PatternSet } from '../../lexicon/pattern-types.js';

/** The patterns of one head, indexed by the first word each requires after the head. */
export interface HeadPatterns {
  /** Patterns that require no literal word after the head ("accuse $T"). */
  readonly open: readonly IndexedPattern[];
  /** The same, as patterns (returned as is when nothing else can match). */
  readonly openPatterns: readonly EventPattern[];
  /** Patterns by each alternative of their first required word ("talk" -> "hold talk with $T"). */
  readonly byWord: ReadonlyMap<string, readonly IndexedPattern[]>;
}

export interface IndexedPattern {
  readonly pattern: EventPattern;
  /** Position in the head's bucket (most specific first): ties keep this order. */
  readonly rank: number;
}

/** Every head's patterns, verbs and nouns apart, indexed for the sentence at hand. */
export interface PatternIndex {
  readonly verbs: ReadonlyMap<string, HeadPatterns>;
  readonly nouns: ReadonlyMap<string, HeadPatterns>;
}

/**
 * Indexes a pattern set so a trigger tries only the patterns whose first required word occurs
 * in its sentence: the big buckets ("demand" has about a hundred patterns) stay cheap.
 *
 * @example
 * candidatePatterns(index.verbs.get('accuse')!, tokens, trigger, sentenceEnd)
 */
export function indexPatterns(set: PatternSet): PatternIndex {
  return { verbs: indexBuckets(set.byVerb), nouns: indexBuckets(set.byNoun) };
}

function indexBuckets(buckets: ReadonlyMap<string, readonly EventPattern[]>): Map<string, HeadPatterns> {
  const out = new Map<string, HeadPatterns>();
  for (const [head, patterns] of buckets) {
    const open: IndexedPattern[] = [];
    const byWord = new Map<string, IndexedPattern[]>();
    patterns.forEach((pattern, rank) => {
      const first = pattern.after.find((el) => el.kind === 'word' && !el.optional);
      if (!first || first.kind !== 'word') { open.push({ pattern, rank }); return; }
      for (const w of new Set(first.words)) {
        const list = byWord.get(w);
        if (list) list.push({ pattern, rank }); else byWord.set(w, [{ pattern, rank }]);
      }
    });
    out.set(head, { open, openPatterns: open.map((p) => p.pattern), byWord });
  }
  return out;
}

/**
 * The head's patterns that can match after the head at `k`: those whose first required word occurs
 * later in the sentence (its lower-cased form or lemma), in bucket order.
 */
export function candidatePatterns(head: HeadPatterns, t: TokenTable, k: number, end: number): readonly EventPattern[] {
  if (head.byWord.size === 0) return head.openPatterns;
  let picked: IndexedPattern[] | null = null;
  const stop = Math.min(end, k + 1 + CANDIDATE_WINDOW);
  for (let j = k + 1; j < stop; j++) {
    const lower = t.lower[j];
    const a = head.byWord.get(lower);
    if (a) picked = add(picked, head, a);
    const lemma = t.lemma[j];
    if (lemma !== lower) {
      const b = head.byWord.get(lemma);
      if (b) picked = add(picked, head, b);
    }
  }
  if (!picked) return head.openPatterns;
  picked.sort((x, y) => x.rank - y.rank);
  const out: EventPattern[] = new Array(picked.length);
  for (let i = 0; i < picked.length; i++) out[i] = picked[i].pattern;
  return out;
}

/** Pattern words lie within a few words of each other: a pattern's first word is never far from its head. */
const CANDIDATE_WINDOW = 24;

function add(picked: IndexedPattern[] | null, head: HeadPatterns, list: readonly IndexedPattern[]): IndexedPattern[] {
  const into = picked ?? [...head.open];
  for (const p of list) if (!into.includes(p)) into.push(p);
  return into;
}
