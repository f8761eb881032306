import { layer, withLayers } from '../../core/document.js';
import { createStage, type Stage } from '../../core/stage.js';
import { loadConfidenceCalibration, type ConfidenceCalibration } from '../../lexicon/confidence-calibration.js';
import { calibratedConfidence } from './calibrate-confidence.js';
import { confidenceOf } from './confidence-of.js';

/** Options of the confidence stage. */
export interface ConfidenceStageOptions {
  /**
   * The calibration table to read raw scores through; `null`: none (the raw score). When not
   * given, data/calibration/confidence.json is used if it exists.
   */
  readonly calibration?: ConfidenceCalibration | null;
}

/**
 * The confidence stage: one figure per event, aligned with the events layer: the hand-weighted
 * score of `confidenceOf`, read through the calibration table when there is one.
 *
 * @example
 * createConfidenceStage().run(doc) // adds 'eventConfidence'
 * createConfidenceStage({ calibration: null }) // raw scores
 */
export function createConfidenceStage(options: ConfidenceStageOptions = {}): Stage {
  const calibration = options.calibration === undefined ? loadConfidenceCalibration() : options.calibration;
  const points = calibration?.points ?? null;
  return createStage({
    name: 'confidence',
    requires: ['events'],
    provides: ['eventConfidence'],
    run(doc) {
      const raw = layer(doc, 'events').map((e) => confidenceOf(e));
      return withLayers(doc, { eventConfidence: Object.freeze(points === null ? raw : raw.map((score) => calibratedConfidence(points, score))) });
    },
  });
}
