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
  /** Pushes the tokens of `text` onto `tokens`, exactly as wink-nlp's tokenizer pushes them through `wrapper()`. */
  tokenize(tokens: number[], wrapper: () => unknown, text: string): void;
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
export function createChunkTokenizer(cache: WinkCache, winkTokenize: WinkTokenize): ChunkTokenizer {
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
  const recordChunk = (tokens: number[], wrapper: () => unknown, spaced: string, chunk: string, spaces: number, hash: number): void => {
    const first = tokens.length;
    const size = cache.currentSize();
    misses = [];
    recording = true;
    try {
      winkTokenize(wrapper(), spaced);
    } finally {
      recording = false;
    }
    // Only a chunk after spaces shows that the spaces went into its first token alone.
    if (spaces === 0 || cache.currentSize() !== size || !spacesInFirstToken(tokens, first, spaces)) return;
    const remembered = tokens.slice(first);
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
    tokenize(tokens: number[], wrapper: () => unknown, text: string): void {
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
          for (; at < n && !isSplitSpace(c) && !isBreakOrTab(c); c = text.charCodeAt(++at)) hash = (Math.imul(hash, 31) + c) & HASH_MASK;
        }
        if (nonBreaking) {
          // wink records non-breaking spaces on the side: let it tokenise such a chunk itself.
          winkTokenize(wrapper(), text.slice(spaceStart, at));
          continue;
        }
        const spaces = Math.min(chunkStart - spaceStart, MAX_SPACES);
        const known = chunkTokens.find(hash, text, chunkStart, at);
        if (known !== null) replay(tokens, known, spaces);
        else recordChunk(tokens, wrapper, text.slice(spaceStart, at), text.slice(chunkStart, at), spaces, hash);
      }
    },
  };
}

/** Pushes remembered tokens, the first with `spaces` spaces before it. */
function replay(tokens: number[], known: readonly number[], spaces: number): void {
  const at = tokens.length;
  tokens[at] = known[0];
  tokens[at + 1] = known[1] | spaces;
  for (let k = 2; k < known.length; k++) tokens[at + k] = known[k];
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

/** Remembered chunk tokens by chunk hash, each hash with a chain of chunks. */
class ChunkTable {
  private readonly chains = new Map<number, ChunkEntry>();
  size = 0;

  /** The tokens of the chunk text[start, end) with hash `hash`, or null. */
  find(hash: number, text: string, start: number, end: number): readonly number[] | null {
    for (let e = this.chains.get(hash); e !== undefined; e = e.next) {
      if (e.chunk.length === end - start && spells(text, start, e.chunk)) return e.tokens;
    }
    return null;
  }

  set(hash: number, chunk: string, tokens: readonly number[]): void {
    this.chains.set(hash, new ChunkEntry(chunk, tokens, this.chains.get(hash)));
    this.size++;
  }

  delete(chunk: string): void {
    const hash = chunkHash(chunk);
    let kept: ChunkEntry | undefined = undefined;
    for (let e = this.chains.get(hash); e !== undefined; e = e.next) {
      if (e.chunk === chunk) this.size--;
      else kept = new ChunkEntry(e.chunk, e.tokens, kept);
    }
    if (kept === undefined) this.chains.delete(hash);
    else this.chains.set(hash, kept);
  }

  clear(): void {
    this.chains.clear();
    this.size = 0;
  }
}

/** Whether `text` from `start` on spells `chunk` (faster than startsWith for a few characters). */
function spells(text: string, start: number, chunk: string): boolean {
  for (let i = 0; i < chunk.length; i++) if (text.charCodeAt(start + i) !== chunk.charCodeAt(i)) return false;
  return true;
}

class ChunkEntry {
  constructor(readonly chunk: string, readonly tokens: readonly number[], readonly next: ChunkEntry | undefined) {}
}

/** The spaces of wink's splitter: [ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]. */
function isSplitSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

function isBreakOrTab(c: number): boolean {
  return c === 10 || c === 13 || c === 9;
}
