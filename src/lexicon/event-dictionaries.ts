import { join } from 'node:path';
import type { Ontology } from '../ontology/types.js';
import { loadCueWords, type CueWords } from './cue-words.js';
import { projectDataDir } from './data-dir.js';
import { loadEventPatterns } from './event-patterns.js';
import { loadIntentCodes, type IntentCodes } from './intent-codes.js';
import type { PatternSet } from './pattern-types.js';
import { loadLightVerbs, loadReciprocalHeads } from './reciprocal-heads.js';
import { loadShellCodes, type ShellCodes } from './shell-codes.js';

/** Everything the events stage reads from data/patterns/ and data/events/. */
export interface EventDictionaries {
  readonly patterns: PatternSet;
  readonly cues: CueWords;
  /** Head lemmas whose events go both ways when a compound is the subject ("X and Y met"). */
  readonly reciprocal: ReadonlySet<string>;
  /** Support verbs whose object noun carries the event ("launched an attack"). */
  readonly lightVerbs: ReadonlySet<string>;
  /** Cooperative codes stated as intended become intent codes ("will provide aid" -> 033). */
  readonly intents: IntentCodes;
  /** Cooperative codes refused become rejection codes ("refused to release" -> 1243). */
  readonly refusals: IntentCodes;
  /** Subcodes of appeals, demands and threats by what their complement does. */
  readonly shells: ShellCodes;
}

/** Additions to the shipped event dictionaries. */
export interface EventDictionaryOptions {
  /** A user's own verb-pattern files, read before data/patterns/ (their patterns win). */
  readonly extraPatternFiles?: readonly string[];
}

/**
 * Loads the event dictionaries shipped in data/, each validated against the ontology, plus a
 * user's own pattern files when given.
 *
 * @example
 * createEventsStage(loadEventDictionaries(loadOntology()))
 * loadEventDictionaries(ontology, { extraPatternFiles: ['/home/me/dict/patterns.txt'] })
 */
export function loadEventDictionaries(ontology: Ontology, options: EventDictionaryOptions = {}): EventDictionaries {
  return Object.freeze({
    patterns: loadEventPatterns(ontology, options.extraPatternFiles?.length ? { extraFiles: options.extraPatternFiles } : {}),
    cues: loadCueWords(),
    reciprocal: loadReciprocalHeads(),
    lightVerbs: loadLightVerbs(),
    intents: loadIntentCodes(ontology),
    refusals: loadIntentCodes(ontology, join(projectDataDir(), 'events', 'refusal-codes.tsv')),
    shells: loadShellCodes(ontology),
  });
}
