import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import { loadActorLexicon } from '../../lexicon/actor-lexicon.js';
import { loadEventDictionaries } from '../../lexicon/event-dictionaries.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import { createActorsStage } from '../actors/actors-stage.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createWinkTagger } from '../segment/tagger.js';
import { createEventsStage } from './events-stage.js';

/**
 * For tests: a coder of single texts through the stages the events stage needs (segment, actors,
 * events), giving each event as a "SOURCE>TARGET CODE modality" line with the full CAMEO code
 * ("-" for a missing actor).
 *
 * @example
 * const coded = createCodeCoder('1995-06-01');
 * coded('Peru demanded that Chile release the fishermen.') // ['PER>CHL 1053 asserted', 'CHL>- 0841 hypothetical']
 */
export function createCodeCoder(defaultDate: string): (text: string, date?: string) => string[] {
  const tagger = createWinkTagger();
  const segment = createSegmentStage(tagger);
  const actors = createActorsStage(loadActorLexicon(), tagger);
  const events = createEventsStage(loadEventDictionaries(loadOntology()));
  return (text, date = defaultDate) => {
    const doc = events.run(actors.run(segment.run(withLayers(createDocument(metaFor('t', { date }), text), { boilerplate: [] }))));
    return layer(doc, 'events').map((e) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'} ${e.cameo} ${e.modality}`);
  };
}
