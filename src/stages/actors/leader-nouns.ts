import { actorCode, type ActorMention } from '../../core/actor.js';
import type { TokenTable } from '../../core/tokens.js';

/**
 * Nouns for the person who leads or speaks for a body: "the chairman of the African Union", "the
 * PLO chairman", "Iran's nuclear chief". They name no role of their own; the person acts as the
 * body, so takes its code (a country's head is its government).
 */
const LEADER_NOUNS: ReadonlySet<string> = new Set([
  'chairman', 'chairwoman', 'chairperson', 'head', 'chief', 'leader', 'spokesman', 'spokeswoman', 'spokesperson',
  'secretary-general', 'director', 'director-general',
]);
/** Nouns for one who speaks for a body, who may do so "for" it ("a spokesman for the ministry"). */
const SPEAKER_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** How many modifiers may stand between a possessor and its leader noun ("Iran's [top nuclear] chief"). */
const MODIFIERS = 2;
const GOV: readonly string[] = Object.freeze(['GOV']);

/**
 * The sentence's mentions with each body's leader taken into its phrase: "the chairman of the
 * African Union" and "the PLO chairman" act as the body (IGOAFRAFU, PSEGOV), "a spokesman for the
 * Iraqi Interior Ministry" as the ministry (IRQGOV), "Iran's leader" and "the head of Iran" as the
 * country's government (IRNGOV). A leader noun followed by a name ("Hamas chairman Khaled Meshaal")
 * is a title the name's own entry reads. `mentions` are one sentence's, in text order.
 *
 * @example
 * withLeaders(tokens, mentions, 0, 8) // "the chairman of the African Union" -> phrase [0, 6), IGOAFRAFU
 */
export function withLeaders(tokens: TokenTable, mentions: readonly ActorMention[], first: number, end: number): readonly ActorMention[] {
  let out: ActorMention[] | null = null;
  const taken: (readonly [number, number])[] = [];
  let i = 0;
  while (i < mentions.length) {
    const [start, stop] = mentions[i].phrase;
    let j = i + 1;
    while (j < mentions.length && mentions[j].phrase[0] === start && mentions[j].phrase[1] === stop) j++;
    // One body, not a compound: "the leaders of Iran and Iraq" are two governments, left as they are.
    if (j === i + 1) {
      const lead = leaderBefore(tokens, start, first) ?? -1;
      const tail = lead < 0 ? leaderAfter(tokens, stop, end) : -1;
      const phrase = lead >= 0 ? [lead, stop] as const : tail >= 0 ? [start, tail + 1] as const : null;
      if (phrase && !coversOther(mentions, i, phrase)) {
        out ??= mentions.slice();
        out[i] = asLeader(mentions[i], phrase);
        taken.push(phrase);
      }
    }
    i = j;
  }
  if (out === null) return mentions;
  // A role noun the leader phrase took in ("spokesman" with no country) is no actor of its own.
  return out.filter((m) => !taken.some((p) => p !== m.phrase && p[0] <= m.phrase[0] && m.phrase[1] <= p[1]));
}

/** The first token of "[the] chairman of [the]" or "a spokesman for" right before `start`, or null. */
function leaderBefore(tokens: TokenTable, start: number, first: number): number | null {
  let k = start - 1;
  if (k < first) return null;
  const prep = tokens.lower[k];
  if (prep !== 'of' && prep !== 'for') return null;
  k--;
  if (k < first || !LEADER_NOUNS.has(tokens.lower[k]) || tokens.pos[k] !== 'NOUN' && tokens.pos[k] !== 'PROPN') return null;
  if (prep === 'for' && !SPEAKER_NOUNS.has(tokens.lower[k])) return null;
  if (k - 1 >= first && tokens.pos[k - 1] === 'DET') k--;
  return k;
}

/** The leader noun after a body ("the PLO chairman", "Iran's nuclear chief") ending at `stop`, or -1. */
function leaderAfter(tokens: TokenTable, stop: number, end: number): number {
  let k = stop;
  if (k < end && (tokens.lower[k] === "'s" || tokens.lower[k] === '’s')) k++;
  for (let n = 0; k < end && n <= MODIFIERS; n++, k++) {
    if (isLeaderNounAt(tokens, k, end)) {
      // "Hamas chairman Khaled Meshaal": a name after the noun is the person's own; "the army chief of staff" is a title.
      const next = k + 1 < end ? tokens.pos[k + 1] : 'PUNCT';
      return next === 'PROPN' || next === 'NOUN' || tokens.lower[k + 1] === 'of' ? -1 : k;
    }
    if (tokens.pos[k] !== 'ADJ' && tokens.pos[k] !== 'NOUN') return -1;
  }
  return -1;
}

/**
 * True when token `k` is a leader noun ("chairman", "chief"; wink-nlp may tag "chief" before a
 * verb as an adjective). A capital or metonym before one names the body it leads, not a place:
 * "the PLO chairman".
 *
 * @example
 * isLeaderNounAt(tokens, 2, 8) // true for "the PLO chairman met ..."
 */
export function isLeaderNounAt(tokens: TokenTable, k: number, end: number): boolean {
  // "the Nairobi chief of police": a title of its own, whose body follows.
  if (k >= end || !LEADER_NOUNS.has(tokens.lower[k]) || (k + 1 < end && tokens.lower[k + 1] === 'of')) return false;
  return tokens.pos[k] === 'NOUN' || (tokens.pos[k] === 'ADJ' && k + 1 < end && tokens.pos[k + 1] === 'VERB');
}

/** True when `phrase` reaches into another mention's words. */
function coversOther(mentions: readonly ActorMention[], self: number, phrase: readonly [number, number]): boolean {
  for (let n = 0; n < mentions.length; n++) {
    if (n === self) continue;
    const m = mentions[n];
    if (m.tokens[1] <= phrase[0] || m.tokens[0] >= phrase[1]) continue;
    // Only the leader noun itself, read as a role noun ("a spokesman for"), may be taken in.
    if (!(m.tokens[0] >= phrase[0] && m.tokens[1] <= mentions[self].phrase[0])) return true;
  }
  return false;
}

/** The mention as its body's leader: the whole phrase, and a country's government for a bare country. */
function asLeader(m: ActorMention, phrase: readonly [number, number]): ActorMention {
  const bare = m.roles.length === 0 && m.country !== null && m.code === m.country;
  return Object.freeze({
    ...m,
    phrase: Object.freeze(phrase),
    ...(bare ? { roles: GOV, code: actorCode(m.country, GOV) } : {}),
  });
}
