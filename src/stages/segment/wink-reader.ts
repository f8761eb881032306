import { createRequire } from 'node:module';
import { createChunkTokenizer, type ChunkCache, type WinkTokenize } from './chunk-tokens.js';
import { rememberTransformer, type WinkTransformer } from './transformer-memo.js';

/**
 * wink-nlp's raw data of one read text: four numbers per token (lexeme id, preceding spaces and
 * contraction pointer, POS and lemma, negation) and sentences as inclusive token index pairs.
 */
export interface WinkRawDoc {
  readonly tokens: readonly number[];
  readonly sentences: readonly (readonly number[])[];
  readonly numOfTokens: number;
}

/** A text reader over wink-nlp's own tokenizer and automata that stops before building wink's Doc. */
export interface WinkReader {
  /** wink-nlp's tokens and sentences of `text`, exactly as `readDoc` with pipe ['sbd', 'pos'] makes them. */
  read(text: string): WinkRawDoc;
  /** wink-nlp's lexeme cache of this reader (lexeme values, POS names, lemmatiser lookups). */
  readonly cache: WinkCache;
}

/** The part of wink-nlp's lexeme cache the tagger reads. */
export interface WinkCache {
  lookup(text: string): readonly number[] | null;
  add(text: string, category: number): number;
  currentSize(): number;
  value(id: number): string;
  valueOf(feature: 'pos', index: number): string;
}

/** The part of a wink-nlp language model this reader loads (the model's public loaders). */
export interface WinkModel {
  core(): { trex: unknown; tcat: { hash: unknown }; preserve: unknown };
  featureFn: unknown;
  sbd(): AutomataModel;
  pos(): AutomataModel & { updater: PosUpdater };
}

interface AutomataModel {
  machines: unknown[];
  transformers: unknown[];
  setter: (...args: unknown[]) => void;
}

type PosUpdater = (px: unknown, cache: WinkCache, posTags: number[], normals: number[]) => void;

interface Automaton {
  importJSON(json: unknown): void;
  setPatternSwap(px: unknown): void;
  recognize(tokens: number[], transformer: unknown, rawTokens: number[]): unknown;
}

interface DocDataWrapper { clean(): void }

/** wink-nlp's internal modules the reader drives; their shapes are those of wink-nlp 2.4.0. */
interface WinkInternals {
  Cache(model: unknown, featureFn: unknown): ChunkCache;
  compileTRex(trex: unknown): unknown;
  tokenizer(trex: unknown, categories: unknown, preserve: unknown): (wrapped: DocDataWrapper, text: string) => void;
  fsm(cache?: WinkCache, ignore?: string): Automaton;
  DocDataWrapper(rdd: RawDocData): DocDataWrapper;
  constants: { tkSize: number; bits4lemma: number };
}

/** wink-nlp's raw document data, as its readDoc fills it. */
interface RawDocData extends WinkRawDoc {
  cache: WinkCache;
  tokens: number[];
  sentences: number[][];
  numOfTokens: number;
  [field: string]: unknown;
}

/** The only wink-nlp and model versions whose internals this reader is written against. */
const WINK_VERSION = '2.4.0';
const MODEL_VERSION = '1.8.1';

/**
 * A reader that runs wink-nlp's tokenizer, sentence boundary and POS automata directly, as its
 * `readDoc` does for the pipe ['sbd', 'pos'], but returns wink's raw token array instead of a Doc:
 * building the Doc (dozens of closures per call) and reading it back through `out()` cost about
 * as much as the tagging itself for the short blocks the segment stage reads. Returns null (the
 * caller then uses wink's public API) unless the installed wink-nlp and model are the versions
 * this was written against, so an upgrade can never silently change tokens. Tokens (with their
 * normals and default tags) come through a chunk memo (see createChunkTokenizer) and the automata's
 * token transformers are remembered per lexeme (see rememberTransformer); both are exact.
 *
 * @example
 * const reader = createWinkReader(model);
 * reader?.read('Iran met Iraq.').numOfTokens // 4
 */
export function createWinkReader(model: WinkModel): WinkReader | null {
  const internals = loadInternals();
  if (internals === null) return null;
  const { Cache, compileTRex, tokenizer, fsm, DocDataWrapper, constants } = internals;
  const core = model.core();
  const cache = Cache(core, model.featureFn);
  const chunks = createChunkTokenizer(cache, tokenizer(compileTRex(core.trex), core.tcat.hash, core.preserve) as WinkTokenize);
  const sbd = model.sbd();
  const sbdAutomata = sbd.machines.map((machine) => withMachine(fsm(cache), machine));
  const lexiconSize = (): number => cache.currentSize();
  const sbdTransformers = sbd.transformers.map((t) => (typeof t === 'function' ? rememberTransformer(t as WinkTransformer, lexiconSize) : t));
  const pos = model.pos();
  const posTransformer = rememberTransformer(pos.transformers[0] as WinkTransformer, lexiconSize);
  // As wink does for POS: only the OOV literal is ignored, not line breaks.
  const posAutomata = pos.machines.map((machine) => withMachine(fsm(cache, cache.value(0)), machine));
  const pipe = Object.freeze({ sbd: true, pos: true });
  return {
    cache,
    read(text: string): WinkRawDoc {
      const rdd = rawDocData(cache, pipe);
      // wink's document wrapper, made only when a chunk is not remembered (see ChunkTokenizer).
      let wrapped: DocDataWrapper | null = null;
      const columns = { tokens: rdd.tokens, normals: [] as number[], posTags: [] as number[] };
      chunks.tokenize(columns, () => (wrapped ??= DocDataWrapper(rdd)), text);
      rdd.numOfTokens = rdd.tokens.length / constants.tkSize;
      rdd.document = [0, rdd.numOfTokens - 1, 0, 0];
      // wink's mapRawTokens2UIdOfNormal and ...OfDefaultPOS, as the chunk tokenizer gives them.
      const normals = columns.normals;
      // Sentence boundaries: each automaton sees the previous one's matches.
      let matches: unknown = null;
      for (let i = 0; i < sbdAutomata.length; i++) {
        sbdAutomata[i].setPatternSwap(matches);
        matches = sbdAutomata[i].recognize(normals, sbdTransformers[i], rdd.tokens);
      }
      sbd.setter(matches, rdd);
      rdd.numOfSentences = rdd.sentences.length;
      // POS: each automaton refines the tags in place; wink uses the first transformer for all.
      const posTags = columns.posTags;
      for (const automaton of posAutomata) pos.updater(automaton.recognize(posTags, posTransformer, rdd.tokens), cache, posTags, normals);
      pos.setter(rdd, posTags, constants.tkSize, constants.bits4lemma);
      (wrapped as DocDataWrapper | null)?.clean();
      return rdd;
    },
  };
}

function withMachine(automaton: Automaton, machine: unknown): Automaton {
  automaton.importJSON(machine);
  return automaton;
}

/** An empty raw document, with the fields wink-nlp's readDoc gives it before tokenising. */
function rawDocData(cache: WinkCache, pipe: object): RawDocData {
  // A literal with every field wink-nlp's readDoc ever sets, so that the object keeps one shape
  // (wink's own, made with Object.create(null) and filled field by field, is a slow dictionary).
  return {
    cache,
    wordVectors: null,
    tokens: [],
    sentences: [],
    markings: [],
    currPipe: pipe,
    nonBreakingSpaces: Object.create(null) as Record<number, string>,
    numOfTokens: 0,
    document: null,
    numOfSentences: 0,
    entities: [],
    customEntities: [],
  };
}

/** wink-nlp's internal modules, or null when the installed versions are not the pinned ones. */
function loadInternals(): WinkInternals | null {
  const require = createRequire(import.meta.url);
  try {
    const winkVersion = (require('wink-nlp/package.json') as { version?: string }).version;
    const modelVersion = (require('wink-eng-lite-web-model/package.json') as { version?: string }).version;
    if (winkVersion !== WINK_VERSION || modelVersion !== MODEL_VERSION) return null;
    return {
      Cache: require('wink-nlp/src/cache.js') as WinkInternals['Cache'],
      compileTRex: require('wink-nlp/src/compile-trex.js') as WinkInternals['compileTRex'],
      tokenizer: require('wink-nlp/src/tokenizer.js') as WinkInternals['tokenizer'],
      fsm: require('wink-nlp/src/automaton.js') as WinkInternals['fsm'],
      DocDataWrapper: require('wink-nlp/src/dd-wrapper.js') as WinkInternals['DocDataWrapper'],
      constants: require('wink-nlp/src/constants.js') as WinkInternals['constants'],
    };
  } catch {
    return null;
  }
}
