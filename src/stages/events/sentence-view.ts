import type { ActorMention } from '../../core/actor.js';
import type { LocativeMention, Sentence } from '../../core/document.js';
import type { TokenTable } from '../../core/tokens.js';

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
  /** Unit index per token of the sentence (offset by `first`), -1 when none. */
  readonly unitAt: Int32Array;
  /** Countries and capitals named as places in the sentence ("in Beijing"). */
  readonly locatives: readonly LocativeMention[];
  /** Every lower-cased form and lemma in the sentence: patterns whose words are absent are not tried. */
  readonly words: ReadonlySet<string>;
  /** The last actors that acted in earlier sentences, for "he", "she", "it" and "they". */
  readonly antecedents: Antecedents;
}

export interface Antecedents {
  readonly person: ActorMention | null;
  readonly other: ActorMention | null;
}

export const NO_ANTECEDENTS: Antecedents = Object.freeze({ person: null, other: null });

export function createSentenceView(tokens: TokenTable, sentence: Sentence, actors: readonly ActorMention[], locatives: readonly LocativeMention[] = [],
  antecedents: Antecedents = NO_ANTECEDENTS): SentenceView {
  const first = sentence.firstToken;
  const end = sentence.endToken;
  const unitAt = new Int32Array(end - first).fill(-1);
  const units: ActorUnit[] = [];
  const byPhrase = new Map<string, ActorMention[]>();
  for (const a of actors) {
    const key = `${a.phrase[0]}:${a.phrase[1]}`;
    const list = byPhrase.get(key);
    if (list) list.push(a); else byPhrase.set(key, [a]);
  }
  for (const members of byPhrase.values()) {
    const [start, stop] = members[0].phrase;
    const index = units.length;
    units.push({ start, end: stop, members });
    for (let t = start; t < stop; t++) if (t >= first && t < end) unitAt[t - first] = index;
  }
  const words = new Set<string>();
  for (let t = first; t < end; t++) { words.add(tokens.lower[t]); words.add(tokens.lemma[t]); }
  return { tokens, sentence, first, end, units, unitAt, locatives, words, antecedents };
}

export function unitAtToken(view: SentenceView, t: number): ActorUnit | null {
  if (t < view.first || t >= view.end) return null;
  const u = view.unitAt[t - view.first];
  return u < 0 ? null : view.units[u];
}
