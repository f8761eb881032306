export { createActorsStage, codeActors } from './actors-stage.js';
export { createPhraseIndex, type PhraseIndex, type PhraseMatch } from './phrase-index.js';
