export { createConfidenceStage } from './confidence-stage.js';
export { confidenceOf } from './confidence-of.js';
