import { VOCABULARY_LIMIT, type Vocabulary } from './vocabulary.js';

/** A fact not yet worked out for a word. */
export const UNKNOWN_FACT = -1;

/**
 * One number per word id of a vocabulary (see `Vocabulary`), for a stage to remember what it
 * worked out about a word: a word class, a trie node, whether it may start a name. Facts must be
 * numbers >= 0 (exact up to 2^53); unknown ones read `UNKNOWN_FACT`. A typed array by id is a
 * fraction of the memory of a table keyed by text, and a token's fact is one read. The table
 * starts again when asked for another vocabulary's (ids mean nothing across vocabularies).
 *
 * @example
 * const classes = new WordFacts();
 * const table = classes.tableFor(tokens.words.vocabulary);
 * let c = table[id];
 * if (c === UNKNOWN_FACT) c = table[id] = classOf(tokens.lower[k]);
 */
export class WordFacts {
  private vocabulary: Vocabulary | null = null;
  private facts = new Float64Array(0);

  /** The facts by word id for `vocabulary`, covering every id it has given so far. */
  tableFor(vocabulary: Vocabulary): Float64Array {
    if (vocabulary !== this.vocabulary) {
      this.vocabulary = vocabulary;
      this.facts = new Float64Array(roomFor(vocabulary.size)).fill(UNKNOWN_FACT);
    } else if (this.facts.length < vocabulary.size) {
      const wider = new Float64Array(roomFor(vocabulary.size)).fill(UNKNOWN_FACT);
      wider.set(this.facts);
      this.facts = wider;
    }
    return this.facts;
  }
}

/** Room for `size` ids and as many again to come, within the vocabulary's limit. */
function roomFor(size: number): number {
  return Math.min(Math.max(1024, size * 2), Math.max(size, VOCABULARY_LIMIT));
}
