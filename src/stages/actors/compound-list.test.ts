import { describe, expect, it } from 'vitest';
import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import { loadActorLexicon } from '../../lexicon/actor-lexicon.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createWinkTagger } from '../segment/tagger.js';
import { createActorsStage } from './actors-stage.js';

const tagger = createWinkTagger();
const segment = createSegmentStage(tagger);
const actorsStage = createActorsStage(loadActorLexicon(), tagger);

/** The compound groups of a text's actors, as lists of their words. */
function compoundsOf(text: string): string[][] {
  const doc = actorsStage.run(segment.run(withLayers(createDocument(metaFor('t', { date: '1998-06-01' }), text), { boilerplate: [] })));
  const groups = new Map<number, string[]>();
  for (const a of layer(doc, 'actors')) {
    if (a.group === null) continue;
    const words = groups.get(a.group) ?? [];
    words.push(text.slice(a.span[0], a.span[1]));
    groups.set(a.group, words);
  }
  return [...groups.values()];
}

// Issue 3: a list of countries whose conjunction comes after an aside.
describe('comma lists of actors', () => {
  it('joins three or more names before ", and" into one compound', () => {
    expect(compoundsOf('Canada eased its visa rules for Peru, Chile, Bolivia, and after some debate, Ecuador.')).toContainEqual(['Peru', 'Chile', 'Bolivia']);
  });

  it('leaves a list with no conjunction at all apart', () => {
    expect(compoundsOf('Envoys flew from Peru, Chile, Bolivia on Monday.')).toEqual([]);
  });
});
