export { createEventsStage } from './events-stage.js';
export { codeSentence, type EventLexicon } from './code-sentence.js';
export type { ModalityCues } from './modality-cues.js';
