import { describe, expect, it } from 'vitest';
import { createDocument, metaFor, withLayers, type ParleyDocument } from './document.js';
import { ParleyError } from './errors.js';
import { createPipeline } from './pipeline.js';
import { createStage, type Stage } from './stage.js';

/** A stage that records the order it saw documents in, and marks each with a boilerplate span of its name's length. */
function recordingStage(name: string, seen: string[], fail: (doc: ParleyDocument) => Error | null = () => null): Stage {
  return createStage({
    name,
    requires: [],
    provides: ['boilerplate'],
    run(doc) {
      seen.push(`${name}:${doc.meta.id}`);
      const e = fail(doc);
      if (e) throw e;
      return withLayers(doc, { boilerplate: [...(doc.layers.boilerplate ?? []), [0, name.length]] });
    },
  });
}

const docs = ['a', 'b', 'c'].map((id) => createDocument(metaFor(id), `text of ${id}`));

describe('a pipeline', () => {
  it('refuses, when built, a stage whose required layer no earlier stage provides', () => {
    const needy = createStage({ name: 'events', requires: ['actors'], provides: ['events'], run: (d) => d });
    expect(() => createPipeline([needy])).toThrow(/requires actors/);
  });

  it('runs a batch stage by stage: one stage over every document, then the next', () => {
    const seen: string[] = [];
    createPipeline([recordingStage('one', seen), recordingStage('two', seen)]).runBatch(docs);
    expect(seen).toEqual(['one:a', 'one:b', 'one:c', 'two:a', 'two:b', 'two:c']);
  });

  it('gives for a batch exactly what it gives document by document', () => {
    const p = createPipeline([recordingStage('one', []), recordingStage('three', [])]);
    expect(p.runBatch(docs)).toEqual(docs.map((d) => p.run(d)));
  });

  it('gives a document a stage fails on its error, and runs no later stage on it, while the others go on', () => {
    const seen: string[] = [];
    const p = createPipeline([
      recordingStage('one', seen, (d) => (d.meta.id === 'b' ? new ParleyError('INPUT_EMPTY', 'nothing to code') : null)),
      recordingStage('two', seen),
    ]);
    const out = p.runBatch(docs);
    expect(out[1]).toBeInstanceOf(ParleyError);
    expect((out[1] as ParleyError).code).toBe('INPUT_EMPTY');
    expect(out.filter((d) => !(d instanceof ParleyError)).map((d) => (d as ParleyDocument).meta.id)).toEqual(['a', 'c']);
    expect(seen).toEqual(['one:a', 'one:b', 'one:c', 'two:a', 'two:c']);
  });

  it('reports a stage that breaks (not a ParleyError) as STAGE_FAILED, naming the stage and the document', () => {
    const p = createPipeline([recordingStage('one', [], (d) => (d.meta.id === 'c' ? new TypeError('x is undefined') : null))]);
    const batch = p.runBatch(docs)[2] as ParleyError;
    expect(batch.code).toBe('STAGE_FAILED');
    expect(batch.stage).toBe('one');
    expect(batch.docId).toBe('c');
    expect(() => p.run(docs[2])).toThrow(/stage 'one' failed: x is undefined/);
  });

  it('adds each stage\'s time to the timings, for a document and for a batch', () => {
    const p = createPipeline([recordingStage('one', []), recordingStage('two', [])]);
    const timings = new Map<string, number>();
    p.run(docs[0], timings);
    p.runBatch(docs, timings);
    expect([...timings.keys()]).toEqual(['one', 'two']);
    for (const ms of timings.values()) expect(ms).toBeGreaterThanOrEqual(0);
  });
});
