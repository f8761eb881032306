import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Pos } from '../../core/tokens.js';
import type { Vocabulary } from '../../core/vocabulary.js';
import { createLemmaMemo, lowerLemma, type LemmaMemo } from './lemma-memo.js';
import { createRawTokenTagger } from './raw-token-tagger.js';
import { taggedBlock } from './tagged-block.js';
import { createWinkReader, type WinkModel } from './wink-reader.js';

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
  /**
   * Ids of `values`, `lower` and `lemmas` in the tagger's vocabulary (-1: none), when the tagger has one.
   * Read them before the tagger tags again: its next block reuses the arrays (which may be longer
   * than the block).
   */
  readonly textIds?: Int32Array;
  readonly lowerIds?: Int32Array;
  readonly lemmaIds?: Int32Array;
}

/** Tokenises and tags text; one instance is made at the composition root and shared. */
export interface Tagger {
  tag(text: string): TaggedBlock;
  /** The vocabulary of the blocks' word ids, when the tagger gives them (see `TaggedBlock.lowerIds`). */
  readonly vocabulary?: Vocabulary;
}

/** The part of a wink-nlp token collection the tagger reads (wink's typings give some `its` helpers an addon signature). */
interface WinkTokens {
  out(f: unknown): unknown[];
}

/**
 * The wink-nlp tagger (English lite web model): sentences, tokens, POS and lemmas. Reads wink-nlp's
 * raw tokens directly when the installed wink-nlp is the version that reader is pinned to (see
 * createWinkReader), through wink-nlp's public API otherwise; both give the same blocks.
 *
 * @example
 * createWinkTagger().tag('Iran met Iraq.').lemmas // ['iran', 'meet', 'iraq', '.']
 */
export function createWinkTagger(): Tagger {
  const reader = createWinkReader(model as unknown as WinkModel);
  return reader === null ? createPublicApiTagger() : createRawTokenTagger(reader, (model as unknown as { addons: unknown }).addons);
}

/**
 * The wink-nlp tagger through wink-nlp's public API (readDoc and `out()`).
 *
 * @example
 * createPublicApiTagger().tag('Iran met Iraq.').lemmas // ['iran', 'meet', 'iraq', '.']
 */
export function createPublicApiTagger(): Tagger {
  // Only sentence boundaries and POS (lemmas come with POS): the default pipe also runs negation,
  // sentiment and named-entity recognition, which nothing reads and which cost as much again.
  // Tokens, tags, lemmas and sentence spans are the same either way.
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  // wink-nlp's lemmatiser is the tagger's largest cost after readDoc, so lemmas are remembered.
  const memo = createLemmaMemo();
  return {
    tag(text: string): TaggedBlock {
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens() as unknown as WinkTokens;
      const values = tokens.out(its.value) as string[];
      const pos = tokens.out(its.pos) as Pos[];
      const lower = values.map((v) => v.toLowerCase());
      const lemmas = knownLemmas(tokens, pos, its, memo) ?? allLemmas(values, lower, tokens, pos, its, memo);
      return taggedBlock(
        { values, lower, pos, lemmas, sentences: doc.sentences().out(its.span) as unknown as [number, number][] },
        () => tokens.out(its.precedingSpaces) as string[],
      );
    },
  };
}

interface WinkIts { readonly uniqueId: unknown; readonly contractionFlag: unknown; readonly lemma: unknown }

/** Memo keys of a block's tokens (-1 for parts of contractions). */
function memoKeys(tokens: WinkTokens, pos: readonly Pos[], its: WinkIts, memo: LemmaMemo): number[] {
  const contracted = tokens.out(its.contractionFlag) as boolean[];
  const ids = tokens.out(its.uniqueId) as number[];
  return ids.map((id, i) => (contracted[i] ? -1 : memo.key(id, pos[i])));
}

/** The lemmas the memo knows, or null unless it knows all of them. */
function knownLemmas(tokens: WinkTokens, pos: readonly Pos[], its: WinkIts, memo: LemmaMemo): string[] | null {
  const keys = memoKeys(tokens, pos, its, memo);
  const lemmas: string[] = new Array<string>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const lemma = keys[i] < 0 ? undefined : memo.get(keys[i]);
    if (lemma === undefined) return null;
    lemmas[i] = lemma;
  }
  return lemmas;
}

/** All lemmas of a block from wink-nlp, remembered for next time. */
function allLemmas(values: readonly string[], lower: readonly string[], tokens: WinkTokens, pos: readonly Pos[], its: WinkIts, memo: LemmaMemo): string[] {
  const raws = tokens.out(its.lemma) as (string | null | undefined)[];
  const keys = memoKeys(tokens, pos, its, memo);
  return raws.map((raw, i) => {
    const lemma = lowerLemma(values[i], lower[i], raw);
    memo.set(keys[i], lemma);
    return lemma;
  });
}
