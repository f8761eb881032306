import type { ParleyDocument } from '../core/document.js';
import type { EventRecord } from '../core/event-record.js';
import { createPipeline, type Pipeline, type StageTimings } from '../core/pipeline.js';
import { loadActorLexicon } from '../lexicon/actor-lexicon.js';
import { loadEventDictionaries } from '../lexicon/event-dictionaries.js';
import { loadOntology } from '../ontology/load-ontology.js';
import type { Ontology } from '../ontology/types.js';
import { toEventRecords } from '../output/event-records.js';
import { createActorsStage } from '../stages/actors/actors-stage.js';
import { createCleanStage, loadBoilerplateRules } from '../stages/clean/index.js';
import { createConfidenceStage } from '../stages/confidence/confidence-stage.js';
import { createDatesStage } from '../stages/dates/index.js';
import { createEventsStage } from '../stages/events/events-stage.js';
import { createOfflineGeocoder } from '../stages/places/index.js';
import { createPlacesStage } from '../stages/places/places-stage.js';
import { createSegmentStage } from '../stages/segment/segment-stage.js';
import { createWinkTagger } from '../stages/segment/tagger.js';

/** The whole coding path, built once: the pipeline and the ontology that output needs. */
export interface Coder {
  readonly pipeline: Pipeline;
  readonly ontology: Ontology;
  /** Runs every stage over a document. */
  analyse(doc: ParleyDocument, timings?: StageTimings): ParleyDocument;
  /** Runs every stage and returns the contract's event records. */
  code(doc: ParleyDocument, timings?: StageTimings): EventRecord[];
  /** The contract's event records of a document `analyse` has coded. */
  records(doc: ParleyDocument): EventRecord[];
}

export interface CoderOptions {
  /** Leave out the GeoNames city table (faster start; countries and aliases only). */
  readonly withoutCities?: boolean;
}

/**
 * The composition root of the coding path: loads every dictionary and table from data/, builds
 * each stage with what it needs, and chains them (the pipeline checks each stage's requirements).
 *
 * @example
 * const coder = createCoder();
 * coder.code(createDocument(metaFor('a.txt', { date: '2007-05-28' }), text))
 */
export function createCoder(options: CoderOptions = {}): Coder {
  const tagger = createWinkTagger();
  const ontology = loadOntology();
  const lexicon = loadActorLexicon();
  const geocoder = createOfflineGeocoder({ withoutCities: options.withoutCities });
  const pipeline = createPipeline([
    createCleanStage(loadBoilerplateRules()),
    createSegmentStage(tagger),
    createActorsStage(lexicon, tagger, (name) => geocoder.lookup(name, { locative: true })?.country ?? null),
    createEventsStage(loadEventDictionaries(ontology)),
    createPlacesStage(geocoder),
    createDatesStage(),
    createConfidenceStage(),
  ]);
  return Object.freeze({
    pipeline,
    ontology,
    analyse: (doc: ParleyDocument, timings?: StageTimings) => pipeline.run(doc, timings),
    code: (doc: ParleyDocument, timings?: StageTimings) => toEventRecords(pipeline.run(doc, timings), ontology),
    records: (doc: ParleyDocument) => toEventRecords(doc, ontology),
  });
}
