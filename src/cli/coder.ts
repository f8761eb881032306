import type { ParleyDocument } from '../core/document.js';
import type { ParleyError } from '../core/errors.js';
import type { EventRecord } from '../core/event-record.js';
import { createPipeline, type Pipeline, type StageTimings } from '../core/pipeline.js';
import { loadActorLexicon } from '../lexicon/actor-lexicon.js';
import { loadEventDictionaries } from '../lexicon/event-dictionaries.js';
import { userDictionaryFiles } from '../lexicon/user-dictionaries.js';
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
  /** Runs every stage over a batch of documents, stage by stage (faster; see Pipeline.runBatch); a document that fails gets its error. */
  analyseBatch(docs: readonly ParleyDocument[], timings?: StageTimings): (ParleyDocument | ParleyError)[];
  /** Runs every stage and returns the contract's event records. */
  code(doc: ParleyDocument, timings?: StageTimings): EventRecord[];
  /** The contract's event records of a document `analyse` has coded. */
  records(doc: ParleyDocument): EventRecord[];
}

export interface CoderOptions {
  /** Leave out the GeoNames city table (faster start; countries and aliases only). */
  readonly withoutCities?: boolean;
  /**
   * A user's own dictionaries (`--dictionary PATH`): files or folders of actor, verb-pattern and
   * place-alias files, added to the built-in ones (docs/dictionaries.md, "Your own dictionaries").
   */
  readonly dictionaries?: readonly string[];
}

/**
 * The composition root of the coding path: loads every dictionary and table from data/, builds
 * each stage with what it needs, and chains them (the pipeline checks each stage's requirements).
 *
 * @example
 * const coder = createCoder();
 * coder.code(createDocument(metaFor('a.txt', { date: '2007-05-28' }), text))
 * createCoder({ dictionaries: ['my-dictionary/'] }) // the built-in dictionaries and mine
 */
export function createCoder(options: CoderOptions = {}): Coder {
  const tagger = createWinkTagger();
  const ontology = loadOntology();
  const user = userDictionaryFiles(options.dictionaries ?? []);
  const lexicon = loadActorLexicon({ extraFiles: user.actors });
  const geocoder = createOfflineGeocoder({ withoutCities: options.withoutCities, extraAliasFiles: user.aliases });
  const pipeline = createPipeline([
    createCleanStage(loadBoilerplateRules()),
    createSegmentStage(tagger),
    createActorsStage(lexicon, tagger, (name) => geocoder.lookup(name, { locative: true })?.country ?? null),
    createEventsStage(loadEventDictionaries(ontology, { extraPatternFiles: user.patterns })),
    createPlacesStage(geocoder),
    createDatesStage(),
    createConfidenceStage(),
  ]);
  return Object.freeze({
    pipeline,
    ontology,
    analyse: (doc: ParleyDocument, timings?: StageTimings) => pipeline.run(doc, timings),
    analyseBatch: (docs: readonly ParleyDocument[], timings?: StageTimings) => pipeline.runBatch(docs, timings),
    code: (doc: ParleyDocument, timings?: StageTimings) => toEventRecords(pipeline.run(doc, timings), ontology),
    records: (doc: ParleyDocument) => toEventRecords(doc, ontology),
  });
}

/**
 * The coder a command runs with: the shared one from `makeCoder`, or, when the user named their own
 * dictionaries (`--dictionary`), one built with them (a shared coder cannot know them).
 *
 * @example
 * const coder = coderWithDictionaries(values.dictionary, makeCoder);
 */
export function coderWithDictionaries(dictionaries: readonly string[] | undefined, makeCoder: () => Coder): Coder {
  return dictionaries !== undefined && dictionaries.length > 0 ? createCoder({ dictionaries }) : makeCoder();
}
