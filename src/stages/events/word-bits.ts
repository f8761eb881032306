/**
 * Word classes as bits. A token gets the bits of its lower-cased form and, apart, those of its
 * lemma: the coder's rules ask "is this word in that list?" many times per token, and one Map
 * lookup per token and document answers every such question with a bit test after.
 */
export const WORD = Object.freeze({
  /** The first required word of some pattern ("with", "talk"). */
  patternWord: 1 << 0,
  /** A verb head (as a lemma, a lower-cased form, a "re-" form or an -ed/-ing form). */
  verbHead: 1 << 1,
  /** A noun head. */
  nounHead: 1 << 2,
  /** A report cue (speech verbs by lemma). */
  report: 1 << 3,
  /** An allegation cue. */
  allegation: 1 << 4,
  /** Verbs of hope, fear or expectation. */
  hope: 1 << 5,
  /** Strong punctuation that ends a clause. */
  hardPunct: 1 << 6,
  /** Subordinating conjunctions. */
  subordinator: 1 << 7,
  /** Relative pronouns ("who", "which", "that"). */
  relative: 1 << 8,
  /** Day, month and other time words ("Monday", "week"). */
  timeWord: 1 << 9,
  /** Words that lead a time phrase ("on", "last"). */
  timeLead: 1 << 10,
  /** A lower-cased form with a hyphen ("cease-fire"), which may head a noun pattern written without it (set on forms only). */
  hyphenated: 1 << 11,
});

/**
 * A word's class value holds its bits below `WORD_ID_SHIFT` and, above, its id among the literal
 * words of the patterns (0: none), so one lookup gives both.
 */
export const WORD_ID_SHIFT = 12;

/** The pattern-word id in a class value ("with" -> its id; 0 for a word no pattern names). */
export function wordIdOf(value: number): number {
  return value >>> WORD_ID_SHIFT;
}
