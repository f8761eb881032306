/**
 * What the event-pattern files in data/patterns/ load into (format: docs/patterns.md).
 *
 * A pattern line such as `112  accuse $T of` means: a token whose lemma is "accuse" (the head),
 * followed in the same clause by the target actor, then "of". The source is the head's subject,
 * found by the events stage. `n:` before the head makes it a noun pattern
 * (`112  n:accusation against $T`).
 */
export type PatternElement =
  /** Literal word: matches a token whose lower-cased form or lemma is one of `words`. */
  | { readonly kind: 'word'; readonly words: readonly string[]; readonly optional: boolean }
  /** The target actor's noun phrase starts here. */
  | { readonly kind: 'target' }
  /** The source actor's noun phrase starts here (noun patterns: "talks between $S and $T"). */
  | { readonly kind: 'source' };

export interface EventPattern {
  /** "data/patterns/11-disapprove.txt:14" */
  readonly id: string;
  /** CAMEO code, zero-padded string ("112", "0874"). */
  readonly code: string;
  /** Lemma(s) of the head word. */
  readonly head: readonly string[];
  readonly headPos: 'verb' | 'noun';
  /** Elements after the head, in order. */
  readonly after: readonly PatternElement[];
  /** Number of literal words in `after` (specificity, used to prefer the longest match). */
  readonly literalCount: number;
}

export interface PatternSet {
  readonly patterns: readonly EventPattern[];
  /** Patterns indexed by every head lemma, verb and noun separately. */
  readonly byVerb: ReadonlyMap<string, readonly EventPattern[]>;
  readonly byNoun: ReadonlyMap<string, readonly EventPattern[]>;
}
