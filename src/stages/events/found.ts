import type { EventCues, Modality } from '../../core/event.js';
import type { EventPattern } from '../../lexicon/pattern-types.js';
import { verbGroup, type VerbGroup } from './arguments.js';
import { isRelativePronoun } from './clause.js';
import type { PatternMatch } from './match-pattern.js';
import type { ActorUnit, SentenceView } from './sentence-view.js';

/** A coded event before expansion: its trigger, pattern match, actors' noun phrases and modality. */
export interface Found {
  readonly trigger: number;
  readonly match: PatternMatch;
  readonly source: ActorUnit | null;
  readonly target: ActorUnit | null;
  readonly modality: Modality;
  readonly cues: Omit<EventCues, 'expanded'>;
  /** The control verb the trigger depends on ("want" in "wants to attack"), if any. */
  readonly control?: string | null;
  /** True when the actor refuses the act ("refused to", "will not", "declined to"). */
  readonly refused?: boolean;
  /** True when a speaker states the act as to come ("said they would blockade"): for force, a threat. */
  readonly stated?: boolean;
  /** True for an act the actor will do on a condition ("will withdraw its troops unless ..."): a threat. */
  readonly conditional?: boolean;
}

/** An event coded by a sentence-level rule (no pattern words), asserted, from `source` to `target`. */
export function ruleFound(view: SentenceView, pattern: EventPattern, trigger: number, source: ActorUnit | null, target: ActorUnit,
  targetFound: EventCues['targetFound']): Found {
  const match: PatternMatch = { pattern, end: trigger + 1, literalTokens: [], target, source, targetUnknown: false, targetStart: -1, literals: 0 };
  return { trigger, match, source, target, modality: 'asserted', cues: cuesOf(view, 'active', match, source ? 'subject' : 'none', targetFound, trigger, source, target) };
}

/**
 * `f` coded as `code` by a rule that composes it with something else (`by`: the other event's
 * pattern id, or the rule's name), which the pattern id records after a " + ".
 *
 * @example
 * recoded(f, '150', 'rule:prepared force').match.pattern // { ...f's pattern, code: '150', id: '<f id> + rule:prepared force' }
 */
export function recoded(f: Found, code: string, by: string): Found {
  return { ...f, match: { ...f.match, pattern: { ...f.match.pattern, code, id: `${f.match.pattern.id} + ${by}` } } };
}

/** The structural cues of an event, for its confidence. `group` is the trigger's verb group when the caller has it. */
export function cuesOf(view: SentenceView, voice: EventCues['voice'], match: PatternMatch, sourceFound: EventCues['sourceFound'], targetFound: EventCues['targetFound'],
  k: number, source: ActorUnit | null, target: ActorUnit | null, group?: VerbGroup): Omit<EventCues, 'expanded'> {
  const far = Math.max(source ? Math.abs(k - source.end) : 0, target ? Math.abs(target.start - k) : 0);
  return { voice, patternWords: match.literals, sourceFound, targetFound, distance: far, clause: clauseOf(view, k, voice, group) };
}

/** A verb after "to" that no control verb governs ("the decision to recognize"), or a gerund, is a complement. */
export function clauseOf(view: SentenceView, k: number, voice: EventCues['voice'], group?: VerbGroup): EventCues['clause'] {
  if (voice === 'nominal') return 'main';
  const t = view.tokens;
  if (t.lower[k].endsWith('ing') && !(k - 1 >= view.first && t.lemma[k - 1] === 'be')) return 'complement';
  const g = group ?? verbGroup(t, k, view.first);
  if (g.control === null && g.start - 1 >= view.first && t.lower[g.start - 1] === 'to') return 'complement';
  if (inNounClause(view, k) || inRelativeClause(view, k)) return 'complement';
  return 'main';
}

/**
 * "condemned a protest by farmers who stormed a court", "returned antiquities that were seized":
 * a verb in a relative clause describes a noun of the sentence; it is background, not the main event.
 */
function inRelativeClause(view: SentenceView, k: number): boolean {
  const t = view.tokens;
  for (let j = k - 1; j > view.first && j >= k - 6; j--) {
    const pos = t.pos[j];
    if (isRelativePronoun(view, j)) {
      const before = t.lower[j - 1] === ',' && j - 2 >= view.first ? j - 2 : j - 1;
      return t.pos[before] === 'NOUN' || t.pos[before] === 'PROPN';
    }
    if (pos === 'VERB' || pos === 'PUNCT' || pos === 'SCONJ' || pos === 'CCONJ') return false;
  }
  return false;
}

/** Nouns whose "that" clause states what is claimed, not what the sentence reports as done. */
const CLAIM_NOUNS = new Set(['accusation', 'allegation', 'charge', 'claim', 'report', 'rumor', 'rumour', 'suggestion', 'assertion', 'evidence', 'fear', 'concern', 'suspicion', 'speculation', 'belief', 'notion', 'idea']);

/** "rejected accusations that it had armed the rebels": a verb in the "that" clause of a noun of claim. */
function inNounClause(view: SentenceView, k: number): boolean {
  const t = view.tokens;
  for (let j = k - 1; j > view.first && j >= k - 10; j--) {
    const w = t.lower[j];
    if (w === ';' || w === '.' || w === ',') return false;
    if (w === 'that' && (t.pos[j - 1] === 'NOUN' || t.pos[j - 1] === 'PROPN') && CLAIM_NOUNS.has(t.lemma[j - 1])) return true;
  }
  return false;
}
