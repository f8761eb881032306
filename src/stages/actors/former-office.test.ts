import { describe, expect, it } from 'vitest';
import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import { loadActorLexicon } from '../../lexicon/actor-lexicon.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createWinkTagger } from '../segment/tagger.js';
import { createActorsStage } from './actors-stage.js';

const tagger = createWinkTagger();
const segment = createSegmentStage(tagger);
const actorsStage = createActorsStage(loadActorLexicon(), tagger);

/** Each actor's code in `text`. */
function codesOf(text: string): string[] {
  const doc = actorsStage.run(segment.run(withLayers(createDocument(metaFor('t', { date: '2011-06-20' }), text), { boilerplate: [] })));
  return layer(doc, 'actors').map((a) => a.code);
}

// Issue 3: CAMEO codes former government officials as elites (ELI), not as the government.
describe('former office holders', () => {
  it.each([
    ['Former Iraqi Prime Minister Ayad Allawi criticized the government.', 'IRQELI'],
    ['Ousted Honduran President Manuel Zelaya met Costa Rican officials.', 'HNDELI'],
    ['The former Egyptian foreign minister criticized Israel.', 'EGYELI'],
    ['The deposed Malian president accused the army.', 'MLIELI'],
    ['Former Labour prime minister Tony Blair criticised the Iraqi government.', 'GBRELI'],
    ['Exiled Thai Prime Minister Thaksin Shinawatra urged his supporters to protest.', 'THAELI'],
  ])('codes the office holder in %j as %s', (text, code) => {
    expect(codesOf(text)).toContain(code);
  });

  it.each([
    ['The Egyptian army ousted President Mohamed Morsi.', 'EGYGOV'],
    ['Former Soviet troops attacked Chechen rebels.', 'RUSMIL'],
    ['Mexico has fought the cartels since former President Felipe Calderon sent in the army.', 'MEXGOV'],
  ])('keeps the office in %j (%s): a verb of ousting, "former" of the state, an act done in office', (text, code) => {
    expect(codesOf(text)).toContain(code);
  });
});
