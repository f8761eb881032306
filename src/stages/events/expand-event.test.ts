import { describe, expect, it } from 'vitest';
import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import { loadActorLexicon } from '../../lexicon/actor-lexicon.js';
import { loadEventDictionaries } from '../../lexicon/event-dictionaries.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import { createActorsStage } from '../actors/actors-stage.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createWinkTagger } from '../segment/tagger.js';
import { createEventsStage } from './events-stage.js';

const tagger = createWinkTagger();
const segment = createSegmentStage(tagger);
const actors = createActorsStage(loadActorLexicon(), tagger);
const events = createEventsStage(loadEventDictionaries(loadOntology()));

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET ROOT" lines. */
function coded(text: string, date = '1995-06-01'): string[] {
  const doc = events.run(actors.run(segment.run(withLayers(createDocument(metaFor('t', { date }), text), { boilerplate: [] }))));
  return layer(doc, 'events').map((e) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'} ${e.cameo.slice(0, 2)}`);
}

// Issue 3: one event per source-target pair, never a country acting on itself.
describe('expanding a found event into pairs', () => {
  it('makes a mutual act of a compound go both ways when its target is one of the compound\'s own countries', () => {
    const out = coded('Peru and Ecuador resumed talks on Monday on a Peruvian troop withdrawal from the border.');
    expect(out).toEqual(expect.arrayContaining(['PER>ECU 04', 'ECU>PER 04']));
    expect(out).not.toContain('PER>PER 04');
  });

  it('leaves no target rather than make a bare country act on itself', () => {
    const out = coded('Chile rejected the Chilean proposal.');
    expect(out.some((line) => line.startsWith('CHL>CHL'))).toBe(false);
  });
});
