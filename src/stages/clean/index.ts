export { createCleanStage } from './clean-stage.js';
export { findBoilerplate, MAX_BOILERPLATE_LINE, type BoilerplateLine } from './find-boilerplate.js';
export {
  loadBoilerplateRules, parseBoilerplateRules, BOILERPLATE_KINDS,
  type BoilerplateRules, type BoilerplateRule, type BoilerplateKind,
} from './boilerplate-rules.js';
