import { layer, withLayers, type Sentence } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { createStage, type Stage } from '../../core/stage.js';
import type { Pos, TokenTable } from '../../core/tokens.js';
import type { Vocabulary } from '../../core/vocabulary.js';
import { textBlocks } from './blocks.js';
import { joinsHyphenated } from './hyphenated.js';
import type { Tagger } from './tagger.js';

/**
 * The segment stage: splits the text into blocks, then sentences, tokens, POS tags and lemmas
 * (one wink-nlp pass does all four, so segmenting and tagging are one stage). Blocks that lie in
 * marked boilerplate become untokenised boilerplate sentences: nothing is coded from them, and
 * the tagger never spends time on them.
 *
 * @example
 * createPipeline([createCleanStage(rules), createSegmentStage(createWinkTagger())])
 */
export function createSegmentStage(tagger: Tagger): Stage {
  // Typed columns and per-block scratch, reused from document to document (runs never overlap).
  const scratch = new TypedScratch();
  return createStage({
    name: 'segment',
    requires: ['boilerplate'],
    provides: ['sentences', 'tokens'],
    run(doc) {
      const boilerplate = layer(doc, 'boilerplate');
      const b = new TokenBuilder(scratch, Math.max(64, doc.text.length >> 2), tagger.vocabulary);
      const sentences: Sentence[] = [];
      for (const block of textBlocks(doc.text)) {
        if (isBoilerplate(block, boilerplate)) {
          sentences.push(Object.freeze({ index: sentences.length, span: block, firstToken: b.count, endToken: b.count, boilerplate: true }));
          continue;
        }
        tagBlock(doc.text, block, tagger, b, sentences);
      }
      return withLayers(doc, { sentences: Object.freeze(sentences), tokens: b.build() });
    },
  });
}

function isBoilerplate(block: Span, marked: readonly Span[]): boolean {
  let covered = 0;
  for (const [s, e] of marked) {
    const lo = Math.max(s, block[0]);
    const hi = Math.min(e, block[1]);
    if (hi > lo) covered += hi - lo;
  }
  return covered * 2 > block[1] - block[0];
}

function tagBlock(text: string, block: Span, tagger: Tagger, b: TokenBuilder, sentences: Sentence[]): void {
  const tagged = tagger.tag(text.slice(block[0], block[1]));
  const { values, lower, pos, lemmas, sentences: spans } = tagged;
  const n = values.length;
  // Word ids when the tagger gives them (see TokenWords); -1 (none) otherwise.
  const textIds = tagged.textIds;
  const lowerIds = tagged.lowerIds;
  const lemmaIds = tagged.lemmaIds;
  const starts = b.scratchStarts(n);
  const attached = b.scratchAttached(n);
  if (!placeAfterSpaces(text, block, values, starts, attached)) placeBySpaces(text, block, values, tagged.spaces, starts, attached);
  // Map wink token i to our token index (hyphenated names merge three tokens into one).
  const ours = b.scratch(n + 1);
  for (let i = 0; i < n; i++) {
    ours[i] = b.count;
    const v = values[i];
    const start = starts[i];
    if (i + 2 < n && values[i + 1] === '-' && attached[i + 1] === 1 && attached[i + 2] === 1 && joinsHyphenated(v, values[i + 2])) {
      const right = values[i + 2];
      const end = starts[i + 2] + right.length;
      const p: Pos = /^[A-Z]/.test(right) ? 'PROPN' : pos[i + 2];
      const merged = text.slice(start, end);
      const mergedLower = merged.toLowerCase();
      const mergedId = b.wordId(mergedLower);
      b.push(start, end, merged, mergedLower, mergedLower, p, merged === mergedLower ? mergedId : b.wordId(merged), mergedId, mergedId);
      ours[i + 1] = ours[i];
      ours[i + 2] = ours[i];
      i += 2;
      continue;
    }
    b.push(start, start + v.length, v, lower[i], lemmas[i], pos[i],
      textIds === undefined ? -1 : textIds[i], lowerIds === undefined ? -1 : lowerIds[i], lemmaIds === undefined ? -1 : lemmaIds[i]);
  }
  ours[n] = b.count;
  for (const [first, last] of spans) {
    const ft = ours[first];
    const et = ours[last] + 1;
    if (et <= ft) continue;
    const index = sentences.length;
    b.markSentence(index, ft, et);
    sentences.push(Object.freeze({ index, span: Object.freeze([b.start[ft], b.end[et - 1]] as const), firstToken: ft, endToken: et, boilerplate: false }));
  }
}

/**
 * Places each token right after the run of spaces that wink-nlp splits text on, which is where
 * wink-nlp found it whenever its tokens and the spaces between them spell the block exactly
 * (always, in practice). Returns false as soon as a token is not there; the caller then places
 * the block by wink-nlp's own record of the spaces, as this never has to read them otherwise.
 */
function placeAfterSpaces(text: string, block: Span, values: readonly string[], starts: Int32Array, attached: Uint8Array): boolean {
  const blockEnd = block[1];
  let cursor = block[0];
  for (let i = 0; i < values.length; i++) {
    let at = cursor;
    while (at < blockEnd && isWinkSpace(text.charCodeAt(at))) at++;
    const v = values[i];
    if (at + v.length > blockEnd || !spellsAt(text, at, v)) return false;
    starts[i] = at;
    attached[i] = at === cursor ? 1 : 0;
    cursor = at + v.length;
  }
  return true;
}

/** Whether `text` from `at` on spells `value` (a loop beats startsWith for the few characters of a token). */
function spellsAt(text: string, at: number, value: string): boolean {
  for (let k = 0; k < value.length; k++) if (text.charCodeAt(at + k) !== value.charCodeAt(k)) return false;
  return true;
}

/** The characters wink-nlp counts as a token's preceding spaces (tabs and line breaks are tokens). */
function isWinkSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** Places each token after wink-nlp's recorded spaces, searching ahead when it is not there. */
function placeBySpaces(text: string, block: Span, values: readonly string[], spaces: readonly string[], starts: Int32Array, attached: Uint8Array): void {
  let cursor = block[0];
  for (let i = 0; i < values.length; i++) {
    cursor = placeToken(text, block, cursor + spaces[i].length, values[i]);
    starts[i] = cursor;
    attached[i] = spaces[i] === '' ? 1 : 0;
    cursor += values[i].length;
  }
}

/** Where token `value` starts: at `cursor`, else where it is next found inside the block, else at `cursor`. */
function placeToken(text: string, block: Span, cursor: number, value: string): number {
  if (text.startsWith(value, cursor)) return cursor;
  const found = text.indexOf(value, cursor);
  return found >= 0 && found < block[1] ? found : cursor;
}

/**
 * Typed arrays a segment stage reuses from document to document: the start, end and sentence
 * columns (copied out at the end of each document) and the per-block scratch. Allocating typed
 * arrays is costly next to the few hundred tokens of a news article.
 */
class TypedScratch {
  start: Int32Array = new Int32Array(1024);
  end: Int32Array = new Int32Array(1024);
  sentence: Int32Array = new Int32Array(1024);
  textId: Int32Array = new Int32Array(1024);
  lowerId: Int32Array = new Int32Array(1024);
  lemmaId: Int32Array = new Int32Array(1024);
  /** Entries of `sentence` that may hold a previous document's values. */
  dirty = 0;
  spare: Int32Array = new Int32Array(256);
  spareStarts: Int32Array = new Int32Array(256);
  spareAttached: Uint8Array = new Uint8Array(256);

  /** Columns of at least `capacity` entries, every sentence index 0. */
  reset(capacity: number): void {
    if (this.start.length < capacity) {
      this.start = new Int32Array(capacity);
      this.end = new Int32Array(capacity);
      this.sentence = new Int32Array(capacity);
      this.textId = new Int32Array(capacity);
      this.lowerId = new Int32Array(capacity);
      this.lemmaId = new Int32Array(capacity);
    } else {
      this.sentence.fill(0, 0, this.dirty);
    }
    this.dirty = 0;
  }

  /** Doubles the columns, keeping their entries. */
  grow(): void {
    const size = Math.max(64, this.start.length * 2);
    const widen = (a: Int32Array): Int32Array => {
      const wider = new Int32Array(size);
      wider.set(a);
      return wider;
    };
    this.start = widen(this.start);
    this.end = widen(this.end);
    this.sentence = widen(this.sentence);
    this.textId = widen(this.textId);
    this.lowerId = widen(this.lowerId);
    this.lemmaId = widen(this.lemmaId);
  }
}

/** The token table of one document, built as the blocks are tagged (typed columns in the stage's scratch). */
class TokenBuilder {
  count = 0;
  text: string[] = [];
  lower: string[] = [];
  lemma: string[] = [];
  pos: Pos[] = [];

  constructor(private readonly typed: TypedScratch, capacity: number, private readonly vocabulary: Vocabulary | undefined) {
    typed.reset(capacity);
  }

  /** The vocabulary id of a word the tagger did not give one (a merged hyphenated name); -1 without a vocabulary. */
  wordId(word: string): number {
    return this.vocabulary === undefined ? -1 : this.vocabulary.idOf(word);
  }

  get start(): Int32Array {
    return this.typed.start;
  }

  get end(): Int32Array {
    return this.typed.end;
  }

  /** A scratch array of at least `size` entries, reused from block to block. */
  scratch(size: number): Int32Array {
    const t = this.typed;
    if (t.spare.length < size) t.spare = new Int32Array(Math.max(size, t.spare.length * 2));
    return t.spare;
  }

  /** Token start offsets of one block, reused from block to block. */
  scratchStarts(size: number): Int32Array {
    const t = this.typed;
    if (t.spareStarts.length < size) t.spareStarts = new Int32Array(Math.max(size, t.spareStarts.length * 2));
    return t.spareStarts;
  }

  /** Per token of one block: 1 when no space precedes it, reused from block to block. */
  scratchAttached(size: number): Uint8Array {
    const t = this.typed;
    if (t.spareAttached.length < size) t.spareAttached = new Uint8Array(Math.max(size, t.spareAttached.length * 2));
    return t.spareAttached;
  }

  /** Tokens [first, end) belong to sentence `index`. */
  markSentence(index: number, first: number, end: number): void {
    const t = this.typed;
    t.sentence.fill(index, first, end);
    if (end > t.dirty) t.dirty = end;
  }

  push(start: number, end: number, text: string, lower: string, lemma: string, pos: Pos, textId: number, lowerId: number, lemmaId: number): void {
    const i = this.count;
    const t = this.typed;
    if (i === t.start.length) t.grow();
    t.start[i] = start;
    t.end[i] = end;
    t.textId[i] = textId;
    t.lowerId[i] = lowerId;
    t.lemmaId[i] = lemmaId;
    this.text.push(text);
    this.lower.push(lower);
    this.lemma.push(lemma);
    this.pos.push(pos);
    this.count = i + 1;
  }

  build(): TokenTable {
    const n = this.count;
    const t = this.typed;
    const words = this.vocabulary === undefined ? undefined : Object.freeze({ vocabulary: this.vocabulary, text: t.textId.slice(0, n), lower: t.lowerId.slice(0, n), lemma: t.lemmaId.slice(0, n) });
    return Object.freeze({
      count: n,
      start: t.start.slice(0, n),
      end: t.end.slice(0, n),
      sentence: t.sentence.slice(0, n),
      text: Object.freeze(this.text),
      lower: Object.freeze(this.lower),
      lemma: Object.freeze(this.lemma),
      pos: Object.freeze(this.pos),
      words,
    });
  }
}
