export { createEventsStage } from './events-stage.js';
export { codeSentence } from './code-sentence.js';
