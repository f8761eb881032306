import type { TokenTable } from '../../core/tokens.js';
import { UNKNOWN_FACT, WordFacts } from '../../core/word-facts.js';
import type { HeadPatterns, PatternIndex } from './pattern-index.js';

/** Which of the pattern index's head tables a lookup reads. */
export type HeadTable = 'verbs' | 'nouns' | 'reVerbs' | 'verbForms';

/**
 * The pattern index's head tables (`PatternIndex.verbs`, ...) read by word id: each table's
 * answer for a word is remembered per id, so a trigger's head is found with typed-array reads
 * rather than string lookups in four Maps. One per events stage.
 *
 * @example
 * const heads = new HeadLookup(index);
 * heads.at('verbs', tokens, k, 'lemma') // index.verbs.get(tokens.lemma[k])
 */
export class HeadLookup {
  /** Every head of every table, numbered: a remembered answer is its number + 1 (0: none). */
  private readonly heads: HeadPatterns[] = [];
  private readonly numbers: ReadonlyMap<HeadPatterns, number>;
  private readonly facts: Readonly<Record<HeadTable, WordFacts>>;

  constructor(private readonly index: PatternIndex) {
    const numbers = new Map<HeadPatterns, number>();
    for (const table of [index.verbs, index.nouns, index.reVerbs, index.verbForms]) {
      for (const head of table.values()) {
        if (numbers.has(head)) continue;
        numbers.set(head, this.heads.length);
        this.heads.push(head);
      }
    }
    this.numbers = numbers;
    this.facts = { verbs: new WordFacts(), nouns: new WordFacts(), reVerbs: new WordFacts(), verbForms: new WordFacts() };
  }

  /** `index[table].get(t[form][k])`, by the token's word id when it has one. */
  at(table: HeadTable, t: TokenTable, k: number, form: 'lower' | 'lemma'): HeadPatterns | undefined {
    const words = t.words;
    const id = words === undefined ? -1 : words[form][k];
    if (id < 0) return this.index[table].get(t[form][k]);
    const facts = this.facts[table].tableFor(words!.vocabulary);
    let n = facts[id];
    if (n === UNKNOWN_FACT) {
      const head = this.index[table].get(t[form][k]);
      n = facts[id] = head === undefined ? 0 : this.numbers.get(head)! + 1;
    }
    return n === 0 ? undefined : this.heads[n - 1];
  }
}
