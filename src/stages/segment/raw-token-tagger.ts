import { createRequire } from 'node:module';
import type { Pos } from '../../core/tokens.js';
import { createLemmaMemo, lowerLemma } from './lemma-memo.js';
import { taggedBlock } from './tagged-block.js';
import type { TaggedBlock, Tagger } from './tagger.js';
import type { WinkRawDoc, WinkReader } from './wink-reader.js';

/** wink-nlp's token accessors (its.js) the tagger calls per token, over the raw document. */
interface WinkIts {
  lemma(index: number, rdd: WinkRawDoc, addons: unknown): string | null | undefined;
  precedingSpaces(index: number, rdd: WinkRawDoc): string;
}

/** Numbers per token in wink-nlp's raw token array, and where the POS tag sits in its third. */
const TOKEN_SIZE = 4;
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;
/** A second number above this marks a part of a contraction. */
const CONTRACTION_FLOOR = 65535;
/** Lexeme ids from here on (words first seen late in a very long run) are lower-cased each time. */
const LOWER_MEMO_LIMIT = 2_000_000;

/**
 * The wink-nlp tagger over a raw-token reader: reads values, tags and sentences straight from
 * wink-nlp's token array, and asks wink-nlp (its `its.lemma`) only for lemmas the memo does not know.
 * Gives exactly what wink-nlp's public API gives (see the tagger tests).
 *
 * @example
 * createRawTokenTagger(createWinkReader(model)!, model.addons).tag('Iran met Iraq.').lemmas // ['iran', 'meet', 'iraq', '.']
 */
export function createRawTokenTagger(reader: WinkReader, addons: unknown): Tagger {
  const its = createRequire(import.meta.url)('wink-nlp/src/its.js') as WinkIts;
  const cache = reader.cache;
  const memo = createLemmaMemo();
  // wink's POS tag names by their number (the model's list; read once per number).
  const posNames: Pos[] = [];
  const posName = (k: number): Pos => (posNames[k] ??= cache.valueOf('pos', k) as Pos);
  // Lower-cased values by lexeme id: a lexeme's value never changes, and most recur often.
  const lowerById: string[] = [];
  const lowerOf = (id: number, value: string): string => (id < LOWER_MEMO_LIMIT ? (lowerById[id] ??= value.toLowerCase()) : value.toLowerCase());
  return {
    tag(text: string): TaggedBlock {
      const rdd = reader.read(text);
      const raw = rdd.tokens;
      const n = rdd.numOfTokens;
      const values: string[] = new Array<string>(n);
      const lower: string[] = new Array<string>(n);
      const pos: Pos[] = new Array<Pos>(n);
      const lemmas: string[] = new Array<string>(n);
      for (let i = 0, at = 0; i < n; i++, at += TOKEN_SIZE) {
        const id = raw[at];
        const value = cache.value(id);
        const p = posName((raw[at + 2] & POS_MASK) >>> POS_SHIFT);
        const low = lowerOf(id, value);
        const key = raw[at + 1] > CONTRACTION_FLOOR ? -1 : memo.key(id, p);
        let lemma = key < 0 ? undefined : memo.get(key);
        if (lemma === undefined) {
          lemma = lowerLemma(value, low, its.lemma(i, rdd, addons));
          memo.set(key, lemma);
        }
        values[i] = value;
        lower[i] = low;
        pos[i] = p;
        lemmas[i] = lemma;
      }
      return taggedBlock(
        { values, lower, pos, lemmas, sentences: rdd.sentences.map((s) => [s[0], s[1]] as const) },
        () => Array.from({ length: n }, (_, i) => its.precedingSpaces(i, rdd)),
      );
    },
  };
}
