import { layer, withLayers } from '../../core/document.js';
import { createStage, type Stage } from '../../core/stage.js';
import { confidenceOf } from './confidence-of.js';

/**
 * The confidence stage: one calibrated figure per event, aligned with the events layer.
 *
 * @example
 * createConfidenceStage().run(doc) // adds 'eventConfidence'
 */
export function createConfidenceStage(): Stage {
  return createStage({
    name: 'confidence',
    requires: ['events'],
    provides: ['eventConfidence'],
    run(doc) {
      return withLayers(doc, { eventConfidence: Object.freeze(layer(doc, 'events').map((e) => confidenceOf(e))) });
    },
  });
}
