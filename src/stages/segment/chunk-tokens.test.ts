import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import { createChunkTokenizer, type ChunkCache, type WinkTokenize } from './chunk-tokens.js';
import type { WinkModel } from './wink-reader.js';

const require = createRequire(import.meta.url);
const Cache = require('wink-nlp/src/cache.js') as (core: unknown, featureFn: unknown) => ChunkCache;
const compileTRex = require('wink-nlp/src/compile-trex.js') as (trex: unknown) => unknown;
const tokenizer = require('wink-nlp/src/tokenizer.js') as (trex: unknown, categories: unknown, preserve: unknown) => WinkTokenize;
const DocDataWrapper = require('wink-nlp/src/dd-wrapper.js') as (rdd: object) => unknown;
const mappers = require('wink-nlp/src/tokens-mappers.js') as Record<'mapRawTokens2UIdOfNormal' | 'mapRawTokens2UIdOfDefaultPOS', (rdd: object) => number[]>;

interface Columns { tokens: number[]; normals: number[]; posTags: number[] }

/** A wink lexeme cache with a chunk tokenizer over it, and wink's own tokenizer over the same cache. */
function setUp(): { cache: ChunkCache; viaChunks: (text: string) => Columns; viaWink: (text: string) => Columns } {
  const winkModel = model as unknown as WinkModel;
  const core = winkModel.core();
  const cache = Cache(core, winkModel.featureFn);
  const winkTokenize = tokenizer(compileTRex(core.trex), core.tcat.hash, core.preserve);
  const chunks = createChunkTokenizer(cache, winkTokenize);
  const rawDoc = () => ({ cache, tokens: [] as number[], nonBreakingSpaces: Object.create(null) as object });
  return {
    cache,
    viaChunks(text) {
      const rdd = rawDoc();
      const columns = { tokens: rdd.tokens, normals: [], posTags: [] };
      chunks.tokenize(columns, () => DocDataWrapper(rdd), text);
      return columns;
    },
    viaWink(text) {
      const rdd = rawDoc();
      winkTokenize(DocDataWrapper(rdd), text);
      const sized = { ...rdd, numOfTokens: rdd.tokens.length / 4 };
      return { tokens: rdd.tokens, normals: mappers.mapRawTokens2UIdOfNormal(sized), posTags: mappers.mapRawTokens2UIdOfDefaultPOS(sized) };
    },
  };
}

/** Texts written for these tests: new words with punctuation, short forms, hyphens, odd spaces, tabs, contractions. */
const TEXTS: readonly string[] = [
  'Qorvath, Zil-Varn and (Qorvath) met; Qorvath\'s envoy said "Qorvath." twice.',
  'The q.z.k. talks, q.z. and (q.z.k.) went on... U.N. and e.g. stayed.',
  "They can't, won't and CAN'T; y'all ain't.",
  'Two  spaces,\tthen a tab, \u00a0a non-breaking space and\u2009a thin one.',
  '\u201cQorvath,\u201d he said \u2014 \u2018no\u2019 -- co-op zil-varn 3.5% $1,200.',
  '   leading spaces and trailing ones   ',
  'Varn.Zil a.b.c. Mt. St. vs. etc. Inc. Corp. Qo.rvath',
];

describe('chunk tokenizer', () => {
  it('tokenises each text exactly as wink-nlp\'s tokenizer (and its normal and tag mappers) does, the first time and once its chunks are remembered', () => {
    const { viaChunks, viaWink } = setUp();
    for (let round = 0; round < 3; round++) {
      for (const text of TEXTS) expect(viaChunks(text)).toEqual(viaWink(text));
    }
  });

  it('tokenises a chunk anew once a text it was tokenised without is added to the lexicon', () => {
    const { cache, viaChunks, viaWink } = setUp();
    viaWink('Qorvath');
    // Remembered: "Qorvath.," looked up "Qorvath.," and "Qorvath." and did not find them.
    expect(viaChunks('x Qorvath.,')).toEqual(viaWink('x Qorvath.,'));
    expect(viaChunks('y Qorvath.,')).toEqual(viaWink('y Qorvath.,'));
    const before = viaChunks('z Qorvath.,');
    cache.add('Qorvath.,', 1);
    const after = viaWink('z Qorvath.,');
    expect(after).not.toEqual(before);
    expect(viaChunks('z Qorvath.,')).toEqual(after);
  });
});
