import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import type { CodedEvent } from '../../core/event.js';
import { loadActorLexicon } from '../../lexicon/actor-lexicon.js';
import { loadEventDictionaries } from '../../lexicon/event-dictionaries.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import { createActorsStage } from '../actors/actors-stage.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createWinkTagger } from '../segment/tagger.js';
import { createEventsStage } from './events-stage.js';

/**
 * For tests: a coder of single texts through the stages the events stage needs (segment, actors,
 * events), giving each event as the line `line` makes of it.
 *
 * @example
 * const coded = createEventLineCoder('1995-06-01', (e) => e.cameo);
 * coded('Peru and Ecuador resumed talks.') // ['040', '040']
 */
export function createEventLineCoder(defaultDate: string, line: (e: CodedEvent) => string): (text: string, date?: string) => string[] {
  const tagger = createWinkTagger();
  const segment = createSegmentStage(tagger);
  const actors = createActorsStage(loadActorLexicon(), tagger);
  const events = createEventsStage(loadEventDictionaries(loadOntology()));
  return (text, date = defaultDate) => {
    const doc = events.run(actors.run(segment.run(withLayers(createDocument(metaFor('t', { date }), text), { boilerplate: [] }))));
    return layer(doc, 'events').map(line);
  };
}

/**
 * For tests: each event of a text as a "SOURCE>TARGET ROOT" line ("-" for a missing actor).
 *
 * @example
 * const coded = createPairCoder('1995-06-01');
 * coded('Peru and Ecuador resumed talks.') // ['PER>ECU 04', 'ECU>PER 04']
 */
export function createPairCoder(defaultDate: string): (text: string, date?: string) => string[] {
  return createEventLineCoder(defaultDate, (e) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'} ${e.cameo.slice(0, 2)}`);
}
