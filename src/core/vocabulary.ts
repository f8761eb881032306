/**
 * Words past this many get no id (-1): a run that long meets ever rarer words, and stages look
 * those up by text. It also bounds every table of facts by id (`WordFacts`): 4 MB each at most.
 */
export const VOCABULARY_LIMIT = 1 << 19;

/**
 * Dense ids for words (lower-cased forms and lemmas), handed out in order of first sight: 0, 1,
 * 2... A segment stage gives each token the ids of its lower-cased form and its lemma from one
 * vocabulary (see `TokenWords`), so that later stages keep their per-word facts in typed arrays
 * indexed by id (see `WordFacts`) instead of hashing each token's text into large tables. Ids never
 * change once given; one vocabulary belongs to one segment stage.
 *
 * @example
 * const words = new Vocabulary();
 * words.idOf('talks') // 0
 * words.idOf('with') // 1
 * words.idOf('talks') // 0
 * words.wordOf(1) // 'with'
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];

  /** How many words have ids (every id is below this). */
  get size(): number {
    return this.words.length;
  }

  /** The id of `word`, given now if it has none; -1 once the vocabulary is full. */
  idOf(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    if (this.words.length >= VOCABULARY_LIMIT) return -1;
    const id = this.words.length;
    this.words.push(word);
    this.ids.set(word, id);
    return id;
  }

  /** The word with id `id`. */
  wordOf(id: number): string {
    return this.words[id];
  }
}
