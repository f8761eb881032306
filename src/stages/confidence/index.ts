export { createConfidenceStage, type ConfidenceStageOptions } from './confidence-stage.js';
export { confidenceOf } from './confidence-of.js';
export { calibratedConfidence } from './calibrate-confidence.js';
