import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Pos } from '../../core/tokens.js';

/** One tokenised, tagged block: wink-nlp's output, offsets not yet placed in the document. */
export interface TaggedBlock {
  readonly values: readonly string[];
  /** Lower-cased values. */
  readonly lower: readonly string[];
  readonly pos: readonly Pos[];
  /** Lower-cased lemmas ("met" -> "meet"); the lower-cased value where wink-nlp gives no lemma. */
  readonly lemmas: readonly string[];
  /** Sentences as inclusive token index pairs, as wink-nlp gives them. */
  readonly sentences: readonly (readonly [number, number])[];
  /** The spaces before each token, as wink-nlp saw them (computed when first read: few callers need them). */
  readonly spaces: readonly string[];
}

/** Tokenises and tags text; one instance is made at the composition root and shared. */
export interface Tagger {
  tag(text: string): TaggedBlock;
}

/** The part of a wink-nlp token collection the tagger reads (wink's typings give some `its` helpers an addon signature). */
interface WinkTokens {
  out(f: unknown): unknown[];
}

/**
 * The wink-nlp tagger (English lite web model): sentences, tokens, POS and lemmas.
 *
 * @example
 * createWinkTagger().tag('Iran met Iraq.').lemmas // ['iran', 'meet', 'iraq', '.']
 */
export function createWinkTagger(): Tagger {
  // Only sentence boundaries and POS (lemmas come with POS): the default pipe also runs negation,
  // sentiment and named-entity recognition, which nothing reads and which cost as much again.
  // Tokens, tags, lemmas and sentence spans are the same either way.
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  // wink-nlp's lemmatiser is the tagger's largest cost after readDoc, so lemmas are remembered
  // per lexeme and POS tag (see knownLemmas); bounded, and private to this tagger.
  const memo = new Map<number, string>();
  return {
    tag(text: string): TaggedBlock {
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens() as unknown as WinkTokens;
      const values = tokens.out(its.value) as string[];
      const pos = tokens.out(its.pos) as Pos[];
      const { lower, lemmas } = lowerCased(values, knownLemmas(tokens, pos, its, memo), tokens, pos, its, memo);
      let spaces: string[] | null = null;
      return {
        values,
        lower,
        pos,
        lemmas,
        sentences: doc.sentences().out(its.span) as unknown as [number, number][],
        get spaces(): string[] {
          spaces ??= tokens.out(its.precedingSpaces) as string[];
          return spaces;
        },
      };
    },
  };
}

/** Index of each POS tag, for memo keys. */
const POS_INDEX: Readonly<Record<Pos, number>> = Object.freeze({
  ADJ: 0, ADP: 1, ADV: 2, AUX: 3, CCONJ: 4, DET: 5, INTJ: 6, NOUN: 7, NUM: 8, PART: 9, PRON: 10,
  PROPN: 11, PUNCT: 12, SCONJ: 13, SYM: 14, VERB: 15, X: 16, SPACE: 17,
});

/** Memo key of a word (wink-nlp's lexeme id) under a POS tag; -1 (never remembered) for a tag not listed. */
function memoKey(id: number, pos: Pos): number {
  const p = POS_INDEX[pos];
  return p === undefined ? -1 : id * 32 + p;
}

interface WinkIts { readonly uniqueId: unknown; readonly contractionFlag: unknown; readonly lemma: unknown }

/**
 * Lower-cased lemmas the memo knows, or null unless it knows all of them. wink-nlp's lemma of a
 * token depends only on its lexeme and POS tag, except for a part of a contraction ("ca" of
 * "can't"), which takes it from the contraction: such a block always asks wink-nlp.
 */
function knownLemmas(tokens: WinkTokens, pos: readonly Pos[], its: WinkIts, memo: Map<number, string>): Lexemes {
  const contracted = tokens.out(its.contractionFlag) as boolean[];
  const ids = tokens.out(its.uniqueId) as number[];
  const n = ids.length;
  const lemmas: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const lemma = contracted[i] ? undefined : memo.get(memoKey(ids[i], pos[i]));
    if (lemma === undefined) return { ids, contracted, lemmas: null };
    lemmas[i] = lemma;
  }
  return { ids, contracted, lemmas };
}

/** wink-nlp's lexeme ids and contraction flags of a block's tokens, and their lemmas if the memo knows all. */
interface Lexemes {
  readonly ids: readonly number[];
  readonly contracted: readonly boolean[];
  readonly lemmas: string[] | null;
}

/**
 * Lower-cased values; fills in (and remembers) the lemmas when the memo did not know them all. wink-nlp gives
 * no lemma for a few tokens (a "cannot" split off its punctuation); they take the lower-cased value.
 */
function lowerCased(values: readonly string[], known: Lexemes, tokens: WinkTokens, pos: readonly Pos[], its: WinkIts, memo: Map<number, string>): { lower: string[]; lemmas: string[] } {
  const n = values.length;
  const lower: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) lower[i] = values[i].toLowerCase();
  if (known.lemmas !== null) return { lower, lemmas: known.lemmas };
  const raws = tokens.out(its.lemma) as (string | null | undefined)[];
  const { ids, contracted } = known;
  if (memo.size > 500_000) memo.clear();
  const lemmas: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const raw = raws[i];
    const lemma = raw === null || raw === undefined || raw === values[i] ? lower[i] : raw.toLowerCase();
    lemmas[i] = lemma;
    const key = contracted[i] ? -1 : memoKey(ids[i], pos[i]);
    if (key >= 0) memo.set(key, lemma);
  }
  return { lower, lemmas };
}
