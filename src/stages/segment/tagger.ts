import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Pos } from '../../core/tokens.js';

/** One tokenised, tagged block: wink-nlp's output, offsets not yet placed in the document. */
export interface TaggedBlock {
  readonly values: readonly string[];
  readonly spaces: readonly string[];
  readonly pos: readonly Pos[];
  readonly lemmas: readonly string[];
  /** Sentences as inclusive token index pairs, as wink-nlp gives them. */
  readonly sentences: readonly (readonly [number, number])[];
}

/** Tokenises and tags text; one instance is made at the composition root and shared. */
export interface Tagger {
  tag(text: string): TaggedBlock;
}

/**
 * The wink-nlp tagger (English lite web model): sentences, tokens, POS and lemmas.
 *
 * @example
 * createWinkTagger().tag('Iran met Iraq.').lemmas // ['Iran', 'meet', 'Iraq', '.']
 */
export function createWinkTagger(): Tagger {
  // Only sentence boundaries and POS (lemmas come with POS): the default pipe also runs negation,
  // sentiment and named-entity recognition, which nothing reads and which cost as much again.
  // Tokens, tags, lemmas and sentence spans are the same either way.
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return {
    tag(text: string): TaggedBlock {
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens();
      return {
        values: tokens.out(its.value) as string[],
        // wink's typings give precedingSpaces and lemma an addon signature; at run time they are plain `its` helpers.
        spaces: tokens.out(its.precedingSpaces as unknown as typeof its.value) as string[],
        pos: tokens.out(its.pos) as Pos[],
        lemmas: tokens.out(its.lemma as unknown as typeof its.value) as string[],
        sentences: doc.sentences().out(its.span) as unknown as [number, number][],
      };
    },
  };
}
