import type { Pos } from '../../core/tokens.js';

/**
 * Lower-cased lemmas remembered per wink-nlp lexeme id and POS tag. wink-nlp's lemma of a token
 * depends only on its lexeme and tag (its lemmatiser's dictionary checks treat every word it did not
 * ship with alike), except for a part of a contraction ("ca" of "can't"), which takes it from the
 * contraction and is never remembered. Bounded; one memo belongs to one tagger.
 *
 * @example
 * const memo = createLemmaMemo();
 * memo.set(memo.key(1234, 'VERB'), 'meet');
 * memo.get(memo.key(1234, 'VERB')) // 'meet'
 */
export interface LemmaMemo {
  /** The memo key of a lexeme under a tag; -1 (never remembered) for a tag not listed. */
  key(id: number, pos: Pos): number;
  get(key: number): string | undefined;
  set(key: number, lemma: string): void;
}

/** Memos past this many entries start again empty (the text of a long run can have any words). */
const MEMO_LIMIT = 500_000;

/** Index of each POS tag, for memo keys. */
const POS_INDEX: Readonly<Record<Pos, number>> = Object.freeze({
  ADJ: 0, ADP: 1, ADV: 2, AUX: 3, CCONJ: 4, DET: 5, INTJ: 6, NOUN: 7, NUM: 8, PART: 9, PRON: 10,
  PROPN: 11, PUNCT: 12, SCONJ: 13, SYM: 14, VERB: 15, X: 16, SPACE: 17,
});

/** An empty lemma memo (see LemmaMemo). */
export function createLemmaMemo(): LemmaMemo {
  const lemmas = new Map<number, string>();
  return {
    key(id: number, pos: Pos): number {
      const p = POS_INDEX[pos];
      return p === undefined ? -1 : id * 32 + p;
    },
    get: (key) => lemmas.get(key),
    set(key: number, lemma: string): void {
      if (key < 0) return;
      if (lemmas.size >= MEMO_LIMIT) lemmas.clear();
      lemmas.set(key, lemma);
    },
  };
}

/**
 * A token's lower-cased lemma from wink-nlp's: the lower-cased value where wink-nlp gives none (a
 * "cannot" split off its punctuation) or gives the value itself.
 *
 * @example
 * lowerLemma('Met', 'met', 'meet') // 'meet'
 */
export function lowerLemma(value: string, lower: string, raw: string | null | undefined): string {
  return raw === null || raw === undefined || raw === value ? lower : raw.toLowerCase();
}

/** Whether lemmas under tag `pos` may be remembered (the tags LemmaMemo knows). */
export function remembersTag(pos: Pos): boolean {
  return POS_INDEX[pos] !== undefined;
}
