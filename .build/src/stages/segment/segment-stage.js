import { layer, withLayers } from '../../core/document.js';
import { createStage } from '../../core/stage.js';
import { textBlocks } from './blocks.js';
import { joinsHyphenated } from './hyphenated.js';
/**
 * The segment stage: splits the text into blocks, then sentences, tokens, POS tags and lemmas
 * (one wink-nlp pass does all four, so segmenting and tagging are one stage). Blocks that lie in
 * marked boilerplate become untokenised boilerplate sentences: nothing is coded from them, and
 * the tagger never spends time on them.
 *
 * @example
 * createPipeline([createCleanStage(rules), createSegmentStage(createWinkTagger())])
 */
export function createSegmentStage(tagger) {
    return createStage({
        name: 'segment',
        requires: ['boilerplate'],
        provides: ['sentences', 'tokens'],
        run(doc) {
            const boilerplate = layer(doc, 'boilerplate');
            const b = new TokenBuilder();
            const sentences = [];
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
function isBoilerplate(block, marked) {
    let covered = 0;
    for (const [s, e] of marked) {
        const lo = Math.max(s, block[0]);
        const hi = Math.min(e, block[1]);
        if (hi > lo)
            covered += hi - lo;
    }
    return covered * 2 > block[1] - block[0];
}
function tagBlock(text, block, tagger, b, sentences) {
    const tagged = tagger.tag(text.slice(block[0], block[1]));
    const n = tagged.values.length;
    const starts = new Int32Array(n);
    let cursor = block[0];
    for (let i = 0; i < n; i++) {
        cursor += tagged.spaces[i].length;
        const v = tagged.values[i];
        if (!text.startsWith(v, cursor)) {
            const found = text.indexOf(v, cursor);
            if (found >= 0 && found < block[1])
                cursor = found;
        }
        starts[i] = cursor;
        cursor += v.length;
    }
    // Map wink token i to our token index (hyphenated names merge three tokens into one).
    const ours = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
        ours[i] = b.count;
        const v = tagged.values[i];
        if (i + 2 < n && tagged.values[i + 1] === '-' && tagged.spaces[i + 1] === '' && tagged.spaces[i + 2] === '' && joinsHyphenated(v, tagged.values[i + 2])) {
            const right = tagged.values[i + 2];
            const pos = /^[A-Z]/.test(right) ? 'PROPN' : tagged.pos[i + 2];
            b.push(starts[i], starts[i + 2] + right.length, text.slice(starts[i], starts[i + 2] + right.length), null, pos);
            ours[i + 1] = ours[i];
            ours[i + 2] = ours[i];
            i += 2;
            continue;
        }
        b.push(starts[i], starts[i] + v.length, v, tagged.lemmas[i], tagged.pos[i]);
    }
    ours[n] = b.count;
    for (const [first, last] of tagged.sentences) {
        const ft = ours[first];
        const et = ours[last] + 1;
        if (et <= ft)
            continue;
        const index = sentences.length;
        for (let t = ft; t < et; t++)
            b.sentence[t] = index;
        sentences.push(Object.freeze({ index, span: Object.freeze([b.start[ft], b.end[et - 1]]), firstToken: ft, endToken: et, boilerplate: false }));
    }
}
class TokenBuilder {
    count = 0;
    start = [];
    end = [];
    sentence = [];
    text = [];
    lower = [];
    lemma = [];
    pos = [];
    push(start, end, text, lemma, pos) {
        this.start.push(start);
        this.end.push(end);
        this.sentence.push(0);
        this.text.push(text);
        const lower = text.toLowerCase();
        this.lower.push(lower);
        this.lemma.push(lemma === null ? lower : lemma.toLowerCase());
        this.pos.push(pos);
        this.count++;
    }
    build() {
        return Object.freeze({
            count: this.count,
            start: Int32Array.from(this.start),
            end: Int32Array.from(this.end),
            sentence: Int32Array.from(this.sentence),
            text: Object.freeze(this.text),
            lower: Object.freeze(this.lower),
            lemma: Object.freeze(this.lemma),
            pos: Object.freeze(this.pos),
        });
    }
}
