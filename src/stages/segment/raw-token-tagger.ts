import { createRequire } from 'node:module';
import type { Pos } from '../../core/tokens.js';
import { Vocabulary } from '../../core/vocabulary.js';
import { lowerLemma, remembersTag } from './lemma-memo.js';
import { LexemeMemo } from './lexeme-memo.js';
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
  // Word ids for the tokens' lower-cased forms and lemmas, given once per lexeme (and lemma).
  const vocabulary = new Vocabulary();
  const lexemes = new LexemeMemo((id) => cache.value(id), (word) => vocabulary.idOf(word));
  // The blocks' word ids, reused from block to block (see TaggedBlock.lowerIds).
  let textIds = new Int32Array(256);
  let lowerIds = new Int32Array(256);
  let lemmaIds = new Int32Array(256);
  // wink's POS tag names by their number (the model's list; read once per number), and whether
  // lemmas under each are remembered.
  const posNames: Pos[] = [];
  const remembered: boolean[] = [];
  const posName = (k: number): Pos => {
    let name = posNames[k];
    if (name === undefined) {
      name = posNames[k] = cache.valueOf('pos', k) as Pos;
      remembered[k] = remembersTag(name);
    }
    return name;
  };
  return {
    vocabulary,
    tag(text: string): TaggedBlock {
      const rdd = reader.read(text);
      const raw = rdd.tokens;
      const n = rdd.numOfTokens;
      const values: string[] = new Array<string>(n);
      const lower: string[] = new Array<string>(n);
      const pos: Pos[] = new Array<Pos>(n);
      const lemmas: string[] = new Array<string>(n);
      if (lowerIds.length < n) {
        lowerIds = new Int32Array(Math.max(n, lowerIds.length * 2));
        textIds = new Int32Array(lowerIds.length);
        lemmaIds = new Int32Array(lowerIds.length);
      }
      for (let i = 0, at = 0; i < n; i++, at += TOKEN_SIZE) {
        const id = raw[at];
        const lexeme = lexemes.lexeme(id);
        const k = (raw[at + 2] & POS_MASK) >>> POS_SHIFT;
        const p = posName(k);
        const remember = raw[at + 1] <= CONTRACTION_FLOOR && remembered[k];
        values[i] = lexeme.value;
        lower[i] = lexeme.lower;
        pos[i] = p;
        textIds[i] = lexeme.valueId;
        lowerIds[i] = lexeme.lowerId;
        // Most tokens: the lexeme's lemma under its first tag, and that lemma's id.
        if (remember && lexeme.tag === k) {
          lemmas[i] = lexeme.lemma;
          lemmaIds[i] = lexeme.lemmaId;
          continue;
        }
        let lemma = remember ? lexemes.lemma(lexeme, id, k) : undefined;
        if (lemma === undefined) {
          lemma = lowerLemma(lexeme.value, lexeme.lower, its.lemma(i, rdd, addons));
          if (remember) lexemes.setLemma(lexeme, id, k, lemma);
        }
        lemmas[i] = lemma;
        lemmaIds[i] = lexeme.tag === k ? lexeme.lemmaId : lemma === lexeme.lower ? lexeme.lowerId : vocabulary.idOf(lemma);
      }
      return taggedBlock(
        { values, lower, pos, lemmas, sentences: rdd.sentences.map((s) => [s[0], s[1]] as const), textIds, lowerIds, lemmaIds },
        () => Array.from({ length: n }, (_, i) => its.precedingSpaces(i, rdd)),
      );
    },
  };
}
