export { createSegmentStage } from './segment-stage.js';
export { createWinkTagger } from './tagger.js';
export { textBlocks } from './blocks.js';
export { joinsHyphenated, NAME_PARTICLES } from './hyphenated.js';
export { phraseWords } from './phrase-words.js';
