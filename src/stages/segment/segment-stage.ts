import { layer, withLayers, type Sentence } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { createStage, type Stage } from '../../core/stage.js';
import type { Pos, TokenTable } from '../../core/tokens.js';
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
  return createStage({
    name: 'segment',
    requires: ['boilerplate'],
    provides: ['sentences', 'tokens'],
    run(doc) {
      const boilerplate = layer(doc, 'boilerplate');
      const b = new TokenBuilder(Math.max(64, doc.text.length >> 2));
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
  const { values, spaces, pos, lemmas, sentences: spans } = tagger.tag(text.slice(block[0], block[1]));
  const n = values.length;
  // Map wink token i to our token index (hyphenated names merge three tokens into one).
  const ours = b.scratch(n + 1);
  let cursor = block[0];
  for (let i = 0; i < n; i++) {
    ours[i] = b.count;
    const v = values[i];
    cursor = placeToken(text, block, cursor + spaces[i].length, v);
    const start = cursor;
    cursor += v.length;
    if (i + 2 < n && values[i + 1] === '-' && spaces[i + 1] === '' && spaces[i + 2] === '' && joinsHyphenated(v, values[i + 2])) {
      cursor = placeToken(text, block, cursor, '-') + 1;
      const right = values[i + 2];
      cursor = placeToken(text, block, cursor, right) + right.length;
      const p: Pos = /^[A-Z]/.test(right) ? 'PROPN' : pos[i + 2];
      b.push(start, cursor, text.slice(start, cursor), null, p);
      ours[i + 1] = ours[i];
      ours[i + 2] = ours[i];
      i += 2;
      continue;
    }
    b.push(start, cursor, v, lemmas[i], pos[i]);
  }
  ours[n] = b.count;
  for (const [first, last] of spans) {
    const ft = ours[first];
    const et = ours[last] + 1;
    if (et <= ft) continue;
    const index = sentences.length;
    b.sentence.fill(index, ft, et);
    sentences.push(Object.freeze({ index, span: Object.freeze([b.start[ft], b.end[et - 1]] as const), firstToken: ft, endToken: et, boilerplate: false }));
  }
}

/** Where token `value` starts: at `cursor`, else where it is next found inside the block, else at `cursor`. */
function placeToken(text: string, block: Span, cursor: number, value: string): number {
  if (text.startsWith(value, cursor)) return cursor;
  const found = text.indexOf(value, cursor);
  return found >= 0 && found < block[1] ? found : cursor;
}

/** The token table of one document, built as the blocks are tagged (typed columns grow by doubling). */
class TokenBuilder {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  text: string[] = [];
  lower: string[] = [];
  lemma: string[] = [];
  pos: Pos[] = [];
  private spare: Int32Array = new Int32Array(64);

  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.sentence = new Int32Array(capacity);
  }

  /** A scratch array of at least `size` entries, reused from block to block. */
  scratch(size: number): Int32Array {
    if (this.spare.length < size) this.spare = new Int32Array(Math.max(size, this.spare.length * 2));
    return this.spare;
  }

  push(start: number, end: number, text: string, lemma: string | null, pos: Pos): void {
    const i = this.count;
    if (i === this.start.length) this.grow();
    this.start[i] = start;
    this.end[i] = end;
    this.text.push(text);
    const lower = text.toLowerCase();
    this.lower.push(lower);
    this.lemma.push(lemma === null ? lower : lemma === text ? lower : lemma.toLowerCase());
    this.pos.push(pos);
    this.count = i + 1;
  }

  build(): TokenTable {
    const n = this.count;
    return Object.freeze({
      count: n,
      start: this.start.slice(0, n),
      end: this.end.slice(0, n),
      sentence: this.sentence.slice(0, n),
      text: Object.freeze(this.text),
      lower: Object.freeze(this.lower),
      lemma: Object.freeze(this.lemma),
      pos: Object.freeze(this.pos),
    });
  }

  private grow(): void {
    const size = Math.max(64, this.start.length * 2);
    const widen = (a: Int32Array): Int32Array => {
      const wider = new Int32Array(size);
      wider.set(a);
      return wider;
    };
    this.start = widen(this.start);
    this.end = widen(this.end);
    this.sentence = widen(this.sentence);
  }
}
