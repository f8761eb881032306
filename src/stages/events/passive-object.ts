import type { EventLexicon } from './code-sentence.js';
import { findAgent, verbGroup } from './arguments.js';
import { isPassive } from './clause.js';
import { ELEMENT } from './element-kinds.js';
import { cuesOf, type Found } from './found.js';
import type { PatternMatch } from './match-pattern.js';
import { modalityOf } from './modality.js';
import type { HeadPatterns, IndexedPattern } from './pattern-index.js';
import { unitAtToken, type ActorUnit, type SentenceView } from './sentence-view.js';
import { wordIdOf } from './word-bits.js';

/** Prepositions that tie the actor an act is done to into the noun phrase of its object ("sanctions on Iran"). */
const OBJECT_PREPOSITIONS = new Set(['on', 'against', 'of', 'in', 'with']);

/**
 * "UN sanctions against Iran were lifted" (085), "the curfew was lifted" (0813), "sanctions were
 * imposed on Iran" (163): a passive verb whose pattern names its object noun ("lift sanction",
 * "impose sanction on $T") finds that noun as the passive subject, before the verb. The target is
 * the actor in the subject's own phrase ("against Iran") or after the verb where the pattern puts
 * it ("on Iran"); the source is the "by" agent. Null when the verb is no passive or no such
 * pattern fits.
 *
 * @example
 * passiveObject(view, <lifted>, head, lex) // Found { code 085, target: Iran } for "UN sanctions against Iran were lifted"
 */
export function passiveObject(view: SentenceView, k: number, head: HeadPatterns, lex: EventLexicon): Found | null {
  const t = view.tokens;
  // "the door is still open": an adjective with the form of its verb is no passive.
  if (t.lower[k] === t.lemma[k] || !isPassive(t, k, view.first)) return null;
  const group = verbGroup(t, k, view.first);
  let j = group.start - 1;
  // "sanctions against Iran were lifted": step back over the object's own phrase.
  let owner: ActorUnit | null = null;
  const u = j >= view.first ? unitAtToken(view, j) : null;
  if (u && u.start - 1 > view.first && OBJECT_PREPOSITIONS.has(t.lower[u.start - 1])) {
    owner = u;
    j = u.start - 2;
  }
  if (j < view.first || (t.pos[j] !== 'NOUN' && t.pos[j] !== 'PROPN') || unitAtToken(view, j)) return null;
  // "Talks were held": wink-nlp leaves a capitalised plural unlemmatised.
  const lower = t.lower[j];
  const pattern = objectPattern(head, wordIdOf(view.classes.lower[j])) ?? objectPattern(head, wordIdOf(view.classes.lemma[j]))
    ?? (lower.endsWith('s') ? objectPattern(head, lex.index.wordIds.get(lower.slice(0, -1)) ?? 0) : null);
  if (!pattern) return null;
  const p = pattern.pattern;
  let target = owner;
  if (p.after.length === 3) {
    // "imposed on Iran": the pattern's preposition and target after the verb.
    const prep = p.after[1];
    const at = k + 1;
    if (at < view.end && prep.kind === 'word' && prep.words.includes(t.lower[at])) {
      let s = at + 1;
      if (s < view.end && t.pos[s] === 'DET') s++;
      target = (s < view.end ? unitAtToken(view, s) : null) ?? target;
    }
  }
  const source = findAgent(view, k + 1);
  const match: PatternMatch = { pattern: p, end: k + 1, literalTokens: [j], target, source, targetUnknown: false, targetStart: -1, literals: 1 };
  const modality = modalityOf(view, k, group, lex.cues);
  return { trigger: k, match, source, target, modality,
    cues: cuesOf(view, 'passive', match, source ? 'agent' : 'none', target ? 'pattern' : 'none', k, source, target, group) };
}

/**
 * Among the head's patterns whose first word is `wordId`, one that says nothing else but its
 * object ("lift sanction"), or its object, a preposition and the target ("impose sanction on $T").
 */
function objectPattern(head: HeadPatterns, wordId: number): IndexedPattern | null {
  if (wordId === 0) return null;
  const list = head.byWord.get(wordId);
  if (!list) return null;
  for (const ip of list) {
    const kinds = ip.kinds;
    if (kinds[0] !== ELEMENT.word) continue;
    if (kinds.length === 1) return ip;
    if (kinds.length === 3 && kinds[1] === ELEMENT.word && kinds[2] === ELEMENT.target) return ip;
  }
  return null;
}
