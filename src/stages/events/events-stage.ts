import type { ActorMention } from '../../core/actor.js';
import { layer, withLayers, type LocativeMention } from '../../core/document.js';
import type { CodedEvent } from '../../core/event.js';
import { createStage, type Stage } from '../../core/stage.js';
import type { CueKind, CueWords } from '../../lexicon/cue-words.js';
import type { EventDictionaries } from '../../lexicon/event-dictionaries.js';
import { codeSentence, type EventLexicon } from './code-sentence.js';
import { indexPatterns } from './pattern-index.js';
import { createSentenceView, NO_ANTECEDENTS, type Antecedents } from './sentence-view.js';
import { HeadLookup } from './head-lookup.js';
import { buildWordClasses, classifyTokens, createWordMemo, type TokenClasses } from './word-classes.js';

/** The sources of a sentence's events become the antecedents of the next sentences' pronouns. */
function nextAntecedents(previous: Antecedents, coded: readonly CodedEvent[]): Antecedents {
  let { person, other } = previous;
  for (const e of coded) {
    const s = e.source;
    if (!s || s.group !== null || s.evidence === 'coreference') continue;
    if (s.evidence === 'person' || ((s.evidence === 'title' || s.evidence === 'role') && s.name !== null)) person = s; else other = s;
    break;
  }
  return person === previous.person && other === previous.other ? previous : { person, other };
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * The same word sets as plain `Set`s, private to the stage: the dictionaries' read-only wrappers
 * cost a call per lookup, and the coder looks cue words up for most tokens of every sentence.
 */
function nativeSets(cues: CueWords): CueWords {
  const out = {} as Record<CueKind, ReadonlySet<string>>;
  for (const kind of Object.keys(cues) as CueKind[]) out[kind] = new Set(cues[kind]);
  return out;
}

/**
 * The events stage: codes CAMEO events in every non-boilerplate sentence from the pattern
 * dictionaries (data/patterns/), with source and target actors, and modality.
 *
 * @example
 * createEventsStage(loadEventDictionaries(ontology)).run(doc) // adds the 'events' layer
 */
export function createEventsStage(lexicon: EventDictionaries): Stage {
  const cues = nativeSets(lexicon.cues);
  const index = indexPatterns(lexicon.patterns);
  const lex: EventLexicon = {
    ...lexicon,
    cues,
    reciprocal: new Set(lexicon.reciprocal),
    lightVerbs: new Set(lexicon.lightVerbs),
    index,
    heads: new HeadLookup(index),
  };
  const wordClasses = buildWordClasses(index, cues);
  const wordMemo = createWordMemo();
  // Per-token arrays, reused from one document to the next (allocating them per document cost
  // as much as filling them); `run` is synchronous and no view outlives it.
  let scratch: { unitAt: Int32Array; classes: TokenClasses } | null = null;
  return createStage({
    name: 'events',
    requires: ['sentences', 'tokens', 'actors'],
    provides: ['events'],
    run(doc) {
      const tokens = layer(doc, 'tokens');
      const actors = layer(doc, 'actors');
      // By sentence index: arrays rather than Maps (the indexes are small integers).
      const bySentence: ActorMention[][] = [];
      for (const a of actors) {
        const list = bySentence[a.sentence];
        if (list) list.push(a); else bySentence[a.sentence] = [a];
      }
      const locatives: LocativeMention[][] = [];
      for (const l of doc.layers.locatives ?? []) {
        const list = locatives[l.sentence];
        if (list) list.push(l); else locatives[l.sentence] = [l];
      }
      const events: CodedEvent[] = [];
      let antecedents: Antecedents = NO_ANTECEDENTS;
      if (!scratch || scratch.unitAt.length < tokens.count) {
        const size = Math.max(tokens.count, 2 * (scratch?.unitAt.length ?? 512));
        scratch = { unitAt: new Int32Array(size), classes: { lower: new Uint32Array(size), lemma: new Uint32Array(size) } };
      }
      const unitAt = scratch.unitAt;
      const classes = classifyTokens(wordClasses, tokens, scratch.classes, wordMemo);
      for (const sentence of layer(doc, 'sentences')) {
        if (sentence.boilerplate || sentence.endToken === sentence.firstToken) continue;
        const view = createSentenceView(tokens, classes, sentence, bySentence[sentence.index] ?? NONE, locatives[sentence.index] ?? NONE, antecedents, unitAt);
        const coded = codeSentence(view, lex);
        for (let i = 0; i < coded.length; i++) events.push(coded[i]);
        antecedents = nextAntecedents(antecedents, coded);
      }
      return withLayers(doc, { events: Object.freeze(events) });
    },
  });
}
