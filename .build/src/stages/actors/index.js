export { createActorsStage, codeActors } from './actors-stage.js';
export { createPhraseIndex } from './phrase-index.js';
