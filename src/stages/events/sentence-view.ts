import type { ActorMention } from '../../core/actor.js';
import type { LocativeMention, Sentence } from '../../core/document.js';
import type { TokenTable } from '../../core/tokens.js';
import type { TokenClasses } from './word-classes.js';

/** The actors of one noun phrase: one member, or several for a compound ("the US and Iran"). */
export interface ActorUnit {
  readonly start: number;
  readonly end: number;
  readonly members: readonly ActorMention[];
}

/**
 * One sentence as the event coder reads it: its tokens and, for every token, the actor noun
 * phrase it belongs to. Built once per sentence; every lookup after is O(1).
 */
export interface SentenceView {
  readonly tokens: TokenTable;
  readonly sentence: Sentence;
  readonly first: number;
  readonly end: number;
  readonly units: readonly ActorUnit[];
  /**
   * Unit index + 1 per token, 0 when none, indexed by document token: one array serves all views
   * of a document, each writing only its own sentence's range (an array per sentence cost more than the rest of the view).
   */
  readonly unitAt: Int32Array;
  /** Countries and capitals named as places in the sentence ("in Beijing"). */
  readonly locatives: readonly LocativeMention[];
  /** The last actors that acted in earlier sentences, for "he", "she", "it" and "they". */
  readonly antecedents: Antecedents;
  /** The word classes of every token of the document (`classifyTokens`). */
  readonly classes: TokenClasses;
}

export interface Antecedents {
  readonly person: ActorMention | null;
  readonly other: ActorMention | null;
}

export const NO_ANTECEDENTS: Antecedents = Object.freeze({ person: null, other: null });

/**
 * Builds the view of `sentence` from its actors (in the order of the actors layer). `unitAt` is
 * an array of `tokens.count` the document's views share; this view overwrites its sentence's range.
 *
 * @example
 * createSentenceView(tokens, classifyTokens(classes, tokens), sentence, actorsOfSentence, [], NO_ANTECEDENTS, new Int32Array(tokens.count))
 */
export function createSentenceView(tokens: TokenTable, classes: TokenClasses, sentence: Sentence, actors: readonly ActorMention[], locatives: readonly LocativeMention[] = [],
  antecedents: Antecedents = NO_ANTECEDENTS, unitAt: Int32Array = new Int32Array(tokens.count)): SentenceView {
  const first = sentence.firstToken;
  const end = sentence.endToken;
  unitAt.fill(0, first, end);
  const units: ActorUnit[] = [];
  // Members of one noun phrase are adjacent in the actors layer and share its phrase range.
  let i = 0;
  while (i < actors.length) {
    const phrase = actors[i].phrase;
    const start = phrase[0];
    const stop = phrase[1];
    let j = i + 1;
    while (j < actors.length && actors[j].phrase[0] === start && actors[j].phrase[1] === stop) j++;
    const unitNumber = units.length + 1;
    units.push({ start, end: stop, members: actors.slice(i, j) });
    for (let t = Math.max(start, first); t < stop && t < end; t++) unitAt[t] = unitNumber;
    i = j;
  }
  return { tokens, sentence, first, end, units, unitAt, locatives, antecedents, classes };
}

export function unitAtToken(view: SentenceView, t: number): ActorUnit | null {
  if (t < view.first || t >= view.end) return null;
  const u = view.unitAt[t];
  return u === 0 ? null : view.units[u - 1];
}

/**
 * A pronoun at token `p` standing for `referent`: the referent's code and name, the pronoun's own
 * words and offsets ("they" -> the rebels of an earlier sentence).
 */
export function pronounUnit(view: SentenceView, p: number, referent: ActorMention): ActorUnit {
  const t = view.tokens;
  const member: ActorMention = {
    ...referent, sentence: view.sentence.index, tokens: [p, p + 1], phrase: [p, p + 1],
    span: [t.start[p], t.end[p]], evidence: 'coreference', group: null,
  };
  return { start: p, end: p + 1, members: [member] };
}

/**
 * A country or capital named as a place (a locative) as a unit of its own: the country as an actor
 * with no role, so that a rule can take the place as an event's target or source.
 *
 * @example
 * placeUnit(view, locative) // { start, end, members: [{ code: 'IRQ', country: 'IRQ', roles: [], ... }] }
 */
export function placeUnit(view: SentenceView, place: LocativeMention): ActorUnit {
  const t = view.tokens;
  const member: ActorMention = Object.freeze({
    kind: 'actor', sentence: view.sentence.index, tokens: place.tokens, phrase: place.tokens,
    span: Object.freeze([t.start[place.tokens[0]], t.end[place.tokens[1] - 1]] as const),
    code: place.country, country: place.country, roles: Object.freeze([]), name: null, evidence: 'dictionary', group: null,
  });
  return { start: place.tokens[0], end: place.tokens[1], members: [member] };
}

/**
 * True when `unit` is the speaker's own phrase, or pronouns that stand for the speaker's actors
 * ("the group claimed that it had attacked", "Japan said it was shelled").
 *
 * @example
 * standsFor(itUnit, japanUnit) // true
 */
export function standsFor(unit: ActorUnit, speaker: ActorUnit): boolean {
  if (unit === speaker) return true;
  return unit.members.length > 0 && unit.members.every((m) => m.evidence === 'coreference' && speaker.members.some((s) => s.code === m.code));
}

/**
 * True when every member of `unit` is a country with no role ("Syria", "Kigali" as Rwanda): a
 * place, not a body acting in it.
 *
 * @example
 * isBareCountry(rwandaUnit) // true; isBareCountry(rwandanArmyUnit) // false
 */
export function isBareCountry(unit: ActorUnit): boolean {
  return unit.members.every((m) => m.roles.length === 0 && m.country !== null);
}

/**
 * True when both units are of one known country (or are the same unit).
 *
 * @example
 * sameCountry(iranianTroops, tehran) // true
 */
export function sameCountry(a: ActorUnit, b: ActorUnit | null): boolean {
  if (!b) return false;
  if (a === b) return true;
  const countries = new Set(b.members.map((m) => m.country));
  return a.members.some((m) => m.country !== null && countries.has(m.country));
}
