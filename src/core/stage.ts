import type { LayerName, ParleyDocument } from './document.js';

/**
 * One step of the pipeline: reads the layers it `requires`, returns the document with the layers
 * it `provides` added. Stages are values made by factories (`createActorsStage(lexicon)`), so
 * everything they need is passed in; nothing is global.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  run(doc: ParleyDocument): ParleyDocument;
}

export function createStage(stage: Stage): Stage {
  return Object.freeze({ ...stage, requires: Object.freeze([...stage.requires]), provides: Object.freeze([...stage.provides]) });
}
