import type { ActorMention } from './actor.js';
import type { DateBasis, DatePrecision } from './dates.js';
import type { Span } from './span.js';

export type Modality = 'asserted' | 'reported' | 'alleged' | 'negated' | 'future' | 'hypothetical' | 'historical';

/** An event as the events stage codes it, before places, dates and confidence are attached. */
export interface CodedEvent {
  readonly kind: 'event';
  readonly sentence: number;
  /** Token range of the words that triggered it ("accused ... of"). */
  readonly trigger: readonly [number, number];
  readonly triggerSpan: Span;
  readonly source: ActorMention | null;
  readonly target: ActorMention | null;
  /** CAMEO code, zero-padded string. */
  readonly cameo: string;
  readonly modality: Modality;
  /** Which pattern coded it (file:line), for `--errors` and debugging. */
  readonly pattern: string;
  /** Structural evidence for confidence: how the actors were found, voice, distance. */
  readonly cues: EventCues;
}

export interface EventCues {
  readonly voice: 'active' | 'passive' | 'nominal';
  /** Literal words of the pattern matched beyond the head (specificity). */
  readonly patternWords: number;
  readonly sourceFound: 'subject' | 'agent' | 'pattern' | 'inherited' | 'none';
  readonly targetFound: 'object' | 'pattern' | 'subject' | 'none';
  /** Tokens between trigger and the farther actor. */
  readonly distance: number;
  /** True when the event was produced from a reciprocal ("X and Y met") or compound expansion. */
  readonly expanded: boolean;
  /** 'complement' for a non-finite verb that depends on a noun or another clause ("the decision to recognize", "after attacking"). */
  readonly clause: 'main' | 'complement';
}

export interface EventLocation {
  readonly name: string;
  readonly country: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geonamesId: number | null;
  /** Which mention it came from: the event's sentence, the dateline, or the article's main place. */
  readonly basis: 'sentence' | 'dateline' | 'article';
}

export interface EventDate {
  readonly value: string | null;
  readonly precision: DatePrecision;
  readonly basis: DateBasis;
  /** True when the sentence places the event well before publication ("in the wake of the 1979 crisis"). */
  readonly historical: boolean;
}
