import type { WinkCache } from './wink-reader.js';

/** wink-nlp's tokenizer as its `tokenizer()` returns it: adds the tokens of `text` through a document wrapper. */
export type WinkTokenize = (wrapped: unknown, text: string) => void;

/**
 * wink-nlp's tokenizer, remembering the tokens of each space-delimited chunk ("said," gives the
 * tokens 'said' and ','). wink splits a text on runs of spaces and tokenises every chunk on its
 * own, with lookups in its lexeme table for the chunk and for candidate splits of it; the only
 * thing it carries from one chunk to the next is the count of spaces before it, which goes into
 * the chunk's first token. So a chunk's tokens are a function of the chunk, the spaces before it
 * and wink's lexeme table, and this replays them from a Map once known (see `tokenize`).
 *
 * @example
 * const chunks = createChunkTokenizer(cache, winkTokenize);
 * chunks.tokenize(rawDoc, () => wrapper, 'Iran met Iraq.') // pushes 4 tokens onto rawDoc.tokens
 */
export interface ChunkTokenizer {
  /**
   * Pushes the tokens of `text` onto `out.tokens`, exactly as wink-nlp's tokenizer pushes them
   * through `wrapper()`, and their normals and default POS tags onto `out.normals` and
   * `out.posTags`, exactly as wink-nlp's mappers (mapRawTokens2UIdOfNormal, ...OfDefaultPOS) give them.
   */
  tokenize(out: TokenColumns, wrapper: () => unknown, text: string): void;
}

/** wink-nlp's raw tokens (four numbers each) and, per token, the lexeme id of its normal and its default POS tag. */
export interface TokenColumns {
  readonly tokens: number[];
  readonly normals: number[];
  readonly posTags: number[];
}

/** The part of wink-nlp's lexeme cache the chunk tokenizer uses. */
export interface ChunkCache extends WinkCache {
  normal(id: number): number;
  nox(second: number): number;
  posOf(id: number): number;
  mappedSpelling(id: number): number;
}

/** Remembered chunks (and lookups) past this many start again (a very long run meets ever more words). */
const MEMO_LIMIT = 500_000;
/** wink-nlp's largest count of plain spaces before a token (more are counted as this many). */
const MAX_SPACES = 65534;
/** Chunk hashes keep 30 bits, so that V8 keeps them as small integers (no boxed numbers as Map keys). */
const HASH_MASK = 0x3fffffff;
/** The bits of a token's second number that hold the count of spaces before it. */
const SPACES_MASK = 0xffff;

/**
 * Wraps wink-nlp's lexeme lookup and tokenizer in `cache` (see ChunkTokenizer), and makes the
 * lookup remember its answers per text: wink's own looks the text up in a plain object of ~90,000
 * keys and builds a new array every time.
 *
 * Why remembering is exact: a lookup's answer depends only on wink's lexeme table, to which only
 * `add` ever adds (a new word, and its lower-cased form), so a found text's answer never changes,
 * and a text not found is forgotten as not found when `add` grows the table by it. A chunk's tokens
 * are remembered only if the table did not grow while wink tokenised it (then its tokens came from
 * lookups alone), together with the texts wink looked up and did not find: when one of those is
 * added later, the chunks that relied on its absence are forgotten. wink never writes into an answer.
 */
export function createChunkTokenizer(cache: ChunkCache, winkTokenize: WinkTokenize): ChunkTokenizer {
  const winkLookup = cache.lookup;
  const winkAdd = cache.add;
  const found = new Map<string, readonly number[]>();
  const missing = new Set<string>();
  const chunkTokens = new ChunkTable();
  // For a text looked up and not found: the chunks whose remembered tokens rely on that.
  const reliantChunks = new Map<string, string[]>();
  // While wink adds a word, its feature functions look words up (the new one among them): ask wink.
  let adding = false;
  // While a chunk is tokenised by wink: the texts it looked up and did not find.
  let misses: string[] = [];
  let recording = false;

  const notFound = (text: string): null => {
    if (recording) misses.push(text);
    return null;
  };

  cache.lookup = (text: string) => {
    if (adding) return winkLookup(text);
    const known = found.get(text);
    if (known !== undefined) return known;
    if (missing.has(text)) return notFound(text);
    const asked = winkLookup(text);
    if (found.size + missing.size >= MEMO_LIMIT) {
      found.clear();
      missing.clear();
    }
    if (asked === null) {
      missing.add(text);
      return notFound(text);
    }
    const answer = Object.freeze(asked);
    found.set(text, answer);
    return answer;
  };

  const forgetMissing = (text: string): void => {
    missing.delete(text);
    const reliant = reliantChunks.get(text);
    if (reliant === undefined) return;
    for (const chunk of reliant) chunkTokens.delete(chunk);
    reliantChunks.delete(text);
  };

  cache.add = (text: string, category: number) => {
    const size = cache.currentSize();
    adding = true;
    let index: number;
    try {
      index = winkAdd(text, category);
    } finally {
      adding = false;
    }
    if (cache.currentSize() !== size) {
      forgetMissing(text);
      forgetMissing(text.toLowerCase());
    }
    return index;
  };

  /**
   * Tokenises `spaced` (a run of plain spaces, `spaces` long, then `chunk`) with wink and
   * remembers the chunk's tokens when that is exact (see createChunkTokenizer).
   */
  const recordChunk = (out: TokenColumns, wrapper: () => unknown, spaced: string, chunk: string, spaces: number, hash: number): void => {
    const tokens = out.tokens;
    const first = tokens.length;
    const size = cache.currentSize();
    misses = [];
    recording = true;
    try {
      winkTokenize(wrapper(), spaced);
    } finally {
      recording = false;
    }
    const derived = deriveColumns(cache, out, first);
    // Only a chunk after spaces shows that the spaces went into its first token alone.
    if (spaces === 0 || cache.currentSize() !== size || !spacesInFirstToken(tokens, first, spaces)) return;
    // Per token: its four numbers, its normal and its default tag.
    const remembered: number[] = [];
    for (let at = first, k = derived; at < tokens.length; at += 4, k++) remembered.push(tokens[at], tokens[at + 1], tokens[at + 2], tokens[at + 3], out.normals[k], out.posTags[k]);
    remembered[1] = remembered[1] & ~SPACES_MASK;
    if (chunkTokens.size >= MEMO_LIMIT) {
      chunkTokens.clear();
      reliantChunks.clear();
    }
    chunkTokens.set(hash, chunk, Object.freeze(remembered));
    for (const text of misses) {
      const reliant = reliantChunks.get(text);
      if (reliant === undefined) reliantChunks.set(text, [chunk]);
      else reliant.push(chunk);
    }
  };

  return {
    tokenize(out: TokenColumns, wrapper: () => unknown, text: string): void {
      const n = text.length;
      let at = 0;
      while (at < n) {
        // The run of spaces before the chunk, as wink's splitter finds it.
        const spaceStart = at;
        let nonBreaking = false;
        for (let c = text.charCodeAt(at); isSplitSpace(c); c = text.charCodeAt(++at)) if (c !== 32) nonBreaking = true;
        if (at >= n) return;
        const chunkStart = at;
        // The chunk's end and hash, in one pass (see chunkHash).
        let hash = 0;
        let c = text.charCodeAt(at);
        if (isBreakOrTab(c)) {
          for (; isBreakOrTab(c); c = text.charCodeAt(++at)) hash = (Math.imul(hash, 31) + c) & HASH_MASK;
        } else {
          for (; isChunkChar(c); c = text.charCodeAt(++at)) hash = (Math.imul(hash, 31) + c) & HASH_MASK;
        }
        if (nonBreaking) {
          // wink records non-breaking spaces on the side: let it tokenise such a chunk itself.
          const first = out.tokens.length;
          winkTokenize(wrapper(), text.slice(spaceStart, at));
          deriveColumns(cache, out, first);
          continue;
        }
        const spaces = Math.min(chunkStart - spaceStart, MAX_SPACES);
        const known = chunkTokens.find(hash, text, chunkStart, at);
        if (known !== null) replay(out, known, spaces);
        else recordChunk(out, wrapper, text.slice(spaceStart, at), text.slice(chunkStart, at), spaces, hash);
      }
    },
  };
}

/** Pushes remembered tokens (six numbers each, see recordChunk), the first with `spaces` spaces before it. */
function replay(out: TokenColumns, known: readonly number[], spaces: number): void {
  const { tokens, normals, posTags } = out;
  let at = tokens.length;
  let k = normals.length;
  for (let r = 0; r < known.length; r += 6, at += 4, k++) {
    tokens[at] = known[r];
    tokens[at + 1] = r === 0 ? known[1] | spaces : known[r + 1];
    tokens[at + 2] = known[r + 2];
    tokens[at + 3] = known[r + 3];
    normals[k] = known[r + 4];
    posTags[k] = known[r + 5];
  }
}

/** wink-nlp's token count that marks a part of a contraction in a token's second number. */
const CONTRACTION_FLOOR = 65535;
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;
/** wink-nlp's default tag where its lexicon has none (its mapper's "|| 8"). */
const FALLBACK_POS = 8;

/**
 * Pushes the normal and default tag of each token from token index `first` on, as wink-nlp's
 * mappers compute them (both depend on the token's own numbers only); returns the index of the
 * first token's entry in `out.normals`.
 */
function deriveColumns(cache: ChunkCache, out: TokenColumns, first: number): number {
  const { tokens, normals, posTags } = out;
  const start = normals.length;
  for (let at = first; at < tokens.length; at += 4) {
    const id = tokens[at];
    normals.push(tokens[at + 1] > CONTRACTION_FLOOR ? cache.nox(tokens[at + 1]) : cache.normal(id));
    posTags.push(tokens[at + 2] === 0 ? cache.posOf(cache.mappedSpelling(id)) || FALLBACK_POS : (tokens[at + 2] & POS_MASK) >>> POS_SHIFT);
  }
  return start;
}

/** Whether the tokens from `first` on carry `spaces` in the first one only (each token is four numbers). */
function spacesInFirstToken(tokens: readonly number[], first: number, spaces: number): boolean {
  if (tokens.length === first) return false;
  if ((tokens[first + 1] & SPACES_MASK) !== spaces || ((tokens[first + 1] & ~SPACES_MASK) | spaces) !== tokens[first + 1]) return false;
  for (let k = first + 5; k < tokens.length; k += 4) if ((tokens[k] & SPACES_MASK) !== 0) return false;
  return true;
}

/**
 * The hash of a chunk, as the tokenizer computes it while finding the chunk's end (so that a
 * remembered chunk is found without cutting it out of the text).
 */
function chunkHash(chunk: string): number {
  let hash = 0;
  for (let i = 0; i < chunk.length; i++) hash = (Math.imul(hash, 31) + chunk.charCodeAt(i)) & HASH_MASK;
  return hash;
}

/**
 * Remembered chunk tokens by chunk hash: an open-addressing table (linear probing) over an array,
 * which finds a chunk faster than a Map keyed by hash.
 */
class ChunkTable {
  private slots: (ChunkEntry | undefined)[] = new Array<ChunkEntry | undefined>(1 << 12).fill(undefined);
  private mask = (1 << 12) - 1;
  /** Entries in use, and entries deleted (left as tombstones until the table is rebuilt). */
  size = 0;
  private deleted = 0;

  /** The tokens of the chunk text[start, end) with hash `hash`, or null. */
  find(hash: number, text: string, start: number, end: number): readonly number[] | null {
    const slots = this.slots;
    const mask = this.mask;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const e = slots[i];
      if (e === undefined) return null;
      if (e.hash === hash && e.chunk.length === end - start && spells(text, start, e.chunk)) return e.tokens;
    }
  }

  set(hash: number, chunk: string, tokens: readonly number[]): void {
    if ((this.size + this.deleted + 1) * 2 > this.slots.length) this.rebuild(this.size + 1);
    const mask = this.mask;
    let i = hash & mask;
    while (this.slots[i] !== undefined) i = (i + 1) & mask;
    this.slots[i] = new ChunkEntry(hash, chunk, tokens);
    this.size++;
  }

  delete(chunk: string): void {
    const hash = chunkHash(chunk);
    const mask = this.mask;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const e = this.slots[i];
      if (e === undefined) return;
      if (e.hash === hash && e.chunk === chunk) {
        this.slots[i] = TOMBSTONE;
        this.size--;
        this.deleted++;
      }
    }
  }

  clear(): void {
    this.rebuild(0);
  }

  /** A table with room for `count` live entries at most half full, keeping the live ones. */
  private rebuild(count: number): void {
    const live = this.slots.filter((e): e is ChunkEntry => e !== undefined && e !== TOMBSTONE);
    const kept = count === 0 ? [] : live;
    let size = 1 << 12;
    while (size < Math.max(count, kept.length + 1) * 4) size *= 2;
    this.slots = new Array<ChunkEntry | undefined>(size).fill(undefined);
    this.mask = size - 1;
    this.size = 0;
    this.deleted = 0;
    for (const e of kept) this.set(e.hash, e.chunk, e.tokens);
  }
}

/** Whether `text` from `start` on spells `chunk` (faster than startsWith for a few characters). */
function spells(text: string, start: number, chunk: string): boolean {
  for (let i = 0; i < chunk.length; i++) if (text.charCodeAt(start + i) !== chunk.charCodeAt(i)) return false;
  return true;
}

class ChunkEntry {
  constructor(readonly hash: number, readonly chunk: string, readonly tokens: readonly number[]) {}
}

/** A deleted entry: its hash (-1) matches no chunk's, and probing goes on past it. */
const TOMBSTONE = new ChunkEntry(-1, '', Object.freeze([]));

/** The spaces of wink's splitter: [ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]. */
function isSplitSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** Whether `c` (NaN past the end of the text) belongs to a chunk of text between spaces; ASCII first. */
function isChunkChar(c: number): boolean {
  return c > 32 ? c < 0xa0 || !isSplitSpace(c) : c >= 0 && c !== 32 && !isBreakOrTab(c);
}

function isBreakOrTab(c: number): boolean {
  return c === 10 || c === 13 || c === 9;
}
