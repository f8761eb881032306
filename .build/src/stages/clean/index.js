export { createCleanStage } from './clean-stage.js';
export { findBoilerplate, MAX_BOILERPLATE_LINE } from './find-boilerplate.js';
export { loadBoilerplateRules, parseBoilerplateRules, BOILERPLATE_KINDS, } from './boilerplate-rules.js';
