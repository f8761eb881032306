import type { ActorMention } from '../../core/actor.js';
import type { CodedEvent, EventCues } from '../../core/event.js';
import type { EventDictionaries } from '../../lexicon/event-dictionaries.js';
import type { TokenTable } from '../../core/tokens.js';
import type { EventPattern } from '../../lexicon/pattern-types.js';
import { findAgent, findObject, findSubject, lateAgent, unitJustBefore, verbGroup } from './arguments.js';
import { isPassive, isParticiple, isSpeechVerb } from './clause.js';
import { matchPattern, type PatternMatch } from './match-pattern.js';
import { MUST_DEMAND, RESPONSIBLE_ACCUSATION, modalDemands, predicateAccusations } from './sentence-rules.js';
import { approvedActs, arrivingPeacekeepers, claimedActs, composeShells, consideredActs, nestedNominals, dropIntentShells, nominalDemands, protestAims, responsibilityTargets, withPlaceTarget } from './compose-events.js';
import { expand } from './expand-event.js';
import { isChargedAct } from './charged-acts.js';
import { conditionTarget } from './condition-target.js';
import { passiveObject } from './passive-object.js';
import { withDepartureTarget, withOriginSource } from './origin-slots.js';
import { withWarnedParty } from './warned-party.js';
import { preparedForce } from './prepared-force.js';
import { ralliedSupport } from './rallied-support.js';
import { dropOfferedActs } from './offered-acts.js';
import { agreedPurposes } from './agreed-purposes.js';
import { victimClaims } from './victim-claims.js';
import { firedAtSpeaker } from './fired-at-speaker.js';
import { withReportOrigin } from './report-origin.js';
import { withWeaponAgent } from './weapon-agents.js';
import { sharperForceCode } from './sharper-force.js';
import { hostedVisits } from './hosted-visits.js';
import { rejectedProposals } from './rejected-proposals.js';
import { riotingProtesters } from './rioting-protesters.js';
import { crowdKillings } from './crowd-killings.js';
import { meansAfter, meansSubjects, withRoadsideSource } from './named-means.js';
import { withoutBackgroundDescriptions } from './background-descriptions.js';
import { purposedActs } from './purposed-acts.js';
import { cuesOf, ruleFound, type Found } from './found.js';
import { modalityOf, saidBefore } from './modality.js';
import { candidatePatterns, patternWordTokens, sentenceWordIds, type HeadPatterns, type IndexedPattern, type PatternIndex } from './pattern-index.js';
import { pronounUnit, unitAtToken, type ActorUnit, type SentenceView } from './sentence-view.js';
import { isTemporal } from './temporal.js';
import { WORD } from './word-bits.js';
import type { HeadLookup } from './head-lookup.js';

/** What the events stage needs besides the document: its dictionaries and their index. */
export interface EventLexicon extends EventDictionaries {
  /** `patterns` indexed by head and first required word (built by the stage). */
  readonly index: PatternIndex;
  /** `index`'s head tables by word id (built by the stage). */
  readonly heads: HeadLookup;
}

/**
 * Codes the events of one sentence: every token that heads a pattern (verbs, then nouns), its
 * most specific matching pattern, subject and object from the sentence's structure (voice,
 * relative clauses, coordination), modality, and one event per source-target member pair.
 */
export function codeSentence(view: SentenceView, lex: EventLexicon): CodedEvent[] {
  const t = view.tokens;
  const found: Found[] = [];
  // Tokens that a found event's pattern words used: few, so a list beats a per-sentence array;
  // triggers come in order, so a token past the last used one needs no search.
  let used: number[] | null = null;
  let lastUsed = -1;
  // The sentence's pattern words and word ids, found when the first trigger that needs them comes.
  let patternWords: number[] | null = null;
  let present: Uint32Array | undefined;
  for (let k = view.first; k < view.end; k++) {
    // Most tokens head nothing, and their classes say so before any test of their tag.
    if (((view.classes.lower[k] | view.classes.lemma[k]) & MAY_HEAD) === 0) continue;
    // Only verbs, nouns and adjectives (read as verbs) head patterns.
    const pos = t.pos[k];
    if (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ') continue;
    if (k <= lastUsed && used !== null && used.includes(k)) continue;
    let head = verbHeadAt(view, k, lex.heads);
    const nominal = head === undefined;
    if (nominal) head = nounHeadAt(view, k, lex.index, lex.heads);
    if (head === undefined) continue;
    if (head.keyed && patternWords === null) {
      patternWords = patternWordTokens(view.classes, view.first, view.end);
      present = sentenceWordIds(view.classes, view.first, view.end);
    }
    const bucket = candidatePatterns(head, view.classes, k, view.end, patternWords ?? NO_TOKENS, present);
    // No pattern can match after the head: only a passive may find its object before it.
    const f = bucket.length === 0 ? null : nominal ? codeNominal(view, k, bucket, lex) : codeVerbal(view, k, bucket, head.transitive, lex);
    if (!f) {
      const p = nominal || !head.keyed ? null : passiveObject(view, k, head, lex);
      if (!p) continue;
      // "the sanctions were lifted": the object noun's own event is this one.
      const object = p.match.literalTokens[0];
      const i = found.findIndex((g) => g.trigger === object && g.cues.voice === 'nominal');
      if (i >= 0) found.splice(i, 1);
      found.push(p);
      continue;
    }
    found.push(f);
    if (f.match.literalTokens.length > 0) {
      used ??= [];
      for (const lt of f.match.literalTokens) { used.push(lt); if (lt > lastUsed) lastUsed = lt; }
    }
  }
  if (view.units.length > 0) {
    // Both rules need an actor as the one blamed or obliged.
    for (const d of predicateAccusations(view, lex.cues)) found.push(ruleFound(view, RESPONSIBLE_ACCUSATION, d.trigger, d.source, d.target, 'subject'));
    for (const d of modalDemands(view, lex.cues)) found.push(ruleFound(view, MUST_DEMAND, d.trigger, d.source, d.target, 'subject'));
  }
  if (found.length === 0) return [];
  const claimed = claimedActs(view, found, lex);
  const kept = victimClaims(view, claimed.acts.length === 0 ? found : found.filter((f) => !claimed.acts.includes(f)), lex.cues);
  for (const c of claimed.claims) kept.push(c);
  const shelled = composeShells(view, preparedForce(view, consideredActs(view, approvedActs(view, dropOfferedActs(view, agreedPurposes(view, rejectedProposals(view, dropIntentShells(view, kept, lex), lex.refusals), lex.intents))), lex), lex), lex);
  const placed = arrivingPeacekeepers(view, protestAims(view, nominalDemands(view, ralliedSupport(view, riotingProtesters(view, crowdKillings(view, meansSubjects(view, shelled)))), lex)));
  for (let i = 0; i < placed.length; i++) placed[i] = withPlaceTarget(view, withRoadsideSource(view, withWarnedParty(view, withDepartureTarget(view, firedAtSpeaker(view, withOriginSource(view, withWeaponAgent(view, withReportOrigin(view, placed[i]))), lex.cues)))));
  responsibilityTargets(placed);
  nestedNominals(placed);
  const events: CodedEvent[] = [];
  const told = placed.filter((f) => !isBackgroundMention(view, f) && !isChargedAct(view, f));
  for (const f of hostedVisits(view, purposedActs(view, withoutBackgroundDescriptions(view, told)))) {
    for (const e of expand(view, f, lex)) events.push(e);
  }
  return events;
}

const NO_TOKENS: readonly number[] = Object.freeze([]);

/**
 * "a pause in the bombing", "behind the chemical attacks", "frayed by an initial threat": an event
 * noun with no actor at all, inside a prepositional phrase, refers to an act as background; it
 * reports no event of its own.
 */
function isBackgroundMention(view: SentenceView, f: Found): boolean {
  if (f.cues.voice !== 'nominal' || f.source || f.target) return false;
  const t = view.tokens;
  let k = f.trigger - 1;
  while (k >= view.first && (t.pos[k] === 'DET' || t.pos[k] === 'ADJ' || t.pos[k] === 'NOUN' || t.pos[k] === 'NUM')) k--;
  // "blamed the junta for mass killings", "accused of genocide": the content of a charge or demand stays.
  return k >= view.first && t.pos[k] === 'ADP' && t.lower[k] !== 'for' && t.lower[k] !== 'of';
}

/** The classes of a token that may head a pattern: a verb or noun head, or a hyphenated form (`nounHeadAt`). */
const MAY_HEAD = WORD.verbHead | WORD.nounHead | WORD.hyphenated;

/**
 * The patterns token `k` heads as a verb: a verb that is no attributive participle, or a word
 * that reads as a verb. (A second lookup only when the lower-cased form differs from the lemma;
 * "re-" and "-ed"/"-ing" forms only when the word has them.)
 */
function verbHeadAt(view: SentenceView, k: number, heads: HeadLookup): HeadPatterns | undefined {
  // Most words head nothing: their classes say so before any test or lookup.
  if (((view.classes.lower[k] | view.classes.lemma[k]) & WORD.verbHead) === 0) return undefined;
  const t = view.tokens;
  const pos = t.pos[k];
  const lower = t.lower[k];
  const lemma = t.lemma[k];
  if (!((pos === 'VERB' && !isAttributive(view, k)) || looksVerbal(view, k))) {
    return isHeadlineVerb(view, k) ? heads.at('verbs', t, k, 'lemma') ?? heads.at('verbForms', t, k, 'lower') : undefined;
  }
  return heads.at('verbs', t, k, 'lemma') ?? (lemma !== lower ? heads.at('verbs', t, k, 'lower') : undefined)
    ?? (lower.startsWith('re-') ? heads.at('reVerbs', t, k, 'lower') : undefined)
    ?? (pos !== 'VERB' && (lower.endsWith('ed') || lower.endsWith('ing')) ? heads.at('verbForms', t, k, 'lower') : undefined);
}

/** The patterns noun `k` heads, outside every actor's name ("Revolutionary Guards" is no trigger); "cease-fire" is "ceasefire". */
function nounHeadAt(view: SentenceView, k: number, index: PatternIndex, heads: HeadLookup): HeadPatterns | undefined {
  const t = view.tokens;
  const pos = t.pos[k];
  if ((pos !== 'NOUN' && pos !== 'PROPN') || unitAtToken(view, k)) return undefined;
  const lower = t.lower[k];
  if (((view.classes.lower[k] | view.classes.lemma[k]) & WORD.nounHead) === 0 && !lower.includes('-')) return undefined;
  const lemma = t.lemma[k];
  return heads.at('nouns', t, k, 'lemma') ?? (lemma !== lower ? heads.at('nouns', t, k, 'lower') : undefined)
    ?? (lower.includes('-') ? hyphenatedNoun(lower, index) : undefined);
}

/** "cease-fire" is "ceasefire", "cyber-attacks" a plural of "cyberattack". */
function hyphenatedNoun(lower: string, index: PatternIndex): HeadPatterns | undefined {
  const joined = lower.replace(/-/g, '');
  return index.nouns.get(joined) ?? (joined.endsWith('s') ? index.nouns.get(joined.slice(0, -1)) : undefined);
}

/**
 * A participle after the noun phrase it describes, with no object of its own: "five Iranians
 * detained by US forces", "an agreement forced on Qatar by Saudi Arabia", "ten soldiers killed in
 * the attack". (An active verb would have its object right after it.)
 */
function isReducedPassive(view: SentenceView, k: number, transitive: boolean): boolean {
  const t = view.tokens;
  if (!isParticiple(t, k) || !t.lower[k].endsWith('ed') && !/(en|wn|ne)$/.test(t.lower[k])) return false;
  const before = k - 1;
  if (before < view.first || !(t.pos[before] === 'NOUN' || t.pos[before] === 'PROPN' || unitAtToken(view, before))) return false;
  // "X on Thursday shortened by an hour": a time word is no noun the participle describes.
  if (isTemporal(view, before)) return false;
  const next = k + 1 < view.end ? t.lower[k + 1] : '.';
  if (next === 'by') return true;
  // "students detained for spreading leaflets": wink-nlp tags "for" before a gerund as a subordinator.
  if (k + 1 < view.end && t.pos[k + 1] !== 'ADP' && next !== 'for') return false;
  // "forced on Qatar by Saudi Arabia": a by-agent after the participle's own phrase.
  for (let j = k + 2; j < view.end && j <= k + 6; j++) {
    if (t.lower[j] === 'by' && unitAtToken(view, j + 1)) return true;
    if (t.lower[j] === ',' || t.pos[j] === 'VERB') break;
  }
  // "ten soldiers killed in Ukraine": a verb that takes an object, with none after it.
  return transitive && unitJustBefore(view, k) !== null && next !== 'to';
}

/** The actor of the noun phrase ending right before `k` ("an agreement" has none: null). */
function nounPhraseUnitBefore(view: SentenceView, k: number): ActorUnit | null {
  return k - 1 >= view.first ? unitAtToken(view, k - 1) : null;
}

/** A participle used as an adjective ("exiled leaders", "the detained men"): no event of its own. */
function isAttributive(view: SentenceView, k: number): boolean {
  const t = view.tokens;
  if (!t.lower[k].endsWith('ed') || k + 1 >= view.end) return false;
  // "U.S.-backed fighters": a participle glued to a name by a hyphen modifies the next noun.
  if (k > view.first && t.lower[k - 1] === '-' && t.end[k - 1] === t.start[k]) return true;
  const next = t.pos[k + 1];
  if (next !== 'NOUN' && next !== 'PROPN' && next !== 'ADJ') return false;
  if (k === view.first) return true;
  // "the internationally recognised government", "a newly elected president": an adverb between.
  const p = k - 1;
  if (t.pos[p] === 'ADV' && t.lower[p].endsWith('ly') && p > view.first) {
    // Only after a determiner or an adjective ("Tripoli-based, internationally recognised"):
    // "on Tuesday, strongly condemned" and "13 formally charged" are finite verbs.
    const q = t.lower[p - 1] === ',' && p - 2 >= view.first ? p - 2 : p - 1;
    return t.pos[q] === 'DET' || t.pos[q] === 'ADJ' || t.pos[q] === 'PART' || POSSESSIVE_DETERMINERS.has(t.lower[q])
      || t.lower[q].includes('-') || (q > view.first && t.lower[q - 1] === '-');
  }
  const prev = t.pos[p];
  return prev === 'DET' || prev === 'ADJ' || prev === 'ADP' || prev === 'NUM' || prev === 'CCONJ' || (prev === 'VERB' && t.lemma[p] !== 'be');
}

/**
 * wink-nlp tags some past-tense verbs as adjectives or nouns ("abducted", "mediated"): a word
 * ending in -ed right after an actor, or after a form of "be", is read as a verb.
 */
function looksVerbal(view: SentenceView, k: number): boolean {
  const t = view.tokens;
  const pos = t.pos[k];
  if (pos !== 'ADJ' && pos !== 'NOUN') return false;
  const before = k - 1;
  if (before < view.first) return false;
  // "would free the prisoners", "to free them": after a modal or infinitive "to", a verb.
  if (BEFORE_BARE_VERB.has(t.lower[before])) return true;
  // "are striking", "were shelling": a progressive after a form of "be".
  if (t.lower[k].endsWith('ing') && t.lemma[before] === 'be') return true;
  // "is being pressured": wink-nlp tags the participle after "being" as an adjective.
  if (t.lower[before] === 'being' && t.lower[k].endsWith('ed')) return true;
  // "it is skeptical of", "they are deeply pessimistic": a predicative adjective heads like a verb.
  if (pos === 'ADJ' && isCopula(view, before)) return true;
  if (!t.lower[k].endsWith('ed')) return false;
  // "a report alleged that France": after a noun, an -ed word that opens a "that" clause is its verb.
  if ((t.pos[before] === 'NOUN' || t.pos[before] === 'PROPN') && k + 1 < view.end && t.lower[k + 1] === 'that' && t.pos[k + 1] === 'SCONJ') return true;
  return unitAtToken(view, before) !== null || t.lemma[before] === 'be' || t.pos[before] === 'ADV';
}

/**
 * "Japan lifts sanctions on India", "U.S. Lifts Travel Ban", "EU and UN hand over supplies": in a
 * headline's present tense wink-nlp tags the verb as a noun. A word right after an actor, ending
 * in -s (or followed by a verb particle), with a noun phrase or particle after it, is read as a verb.
 * ("US sanctions against Iran", with a preposition after, stays a noun.)
 */
function isHeadlineVerb(view: SentenceView, k: number): boolean {
  const t = view.tokens;
  const pos = t.pos[k];
  if ((pos !== 'NOUN' && pos !== 'PROPN') || k - 1 < view.first || k + 1 >= view.end) return false;
  const before = unitAtToken(view, k - 1);
  if (!before || before.end !== k || unitAtToken(view, k)) return false;
  const next = t.pos[k + 1];
  if (HEADLINE_PARTICLES.has(t.lower[k + 1])) return true;
  // "China and Russia call on the US": after a compound subject, the plural present has no -s.
  if (before.members.length > 1 && !t.lower[k].endsWith('s') && (next === 'ADP' || next === 'DET' || next === 'PROPN')) return true;
  return t.lower[k].endsWith('s') && !t.lower[k].endsWith('ss') && (next === 'DET' || next === 'NOUN' || next === 'PROPN' || next === 'ADJ' || next === 'NUM');
}

const HEADLINE_PARTICLES = new Set(['over', 'up', 'off', 'out', 'down', 'back']);

/** A form of "be" at `k`, or an adverb after one ("is deeply"). */
function isCopula(view: SentenceView, k: number): boolean {
  const t = view.tokens;
  let j = k;
  while (j > view.first && t.pos[j] === 'ADV') j--;
  return t.lemma[j] === 'be';
}

const BEFORE_BARE_VERB = new Set(['will', 'would', 'wo', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'to', "'ll"]);

function bestMatch(view: SentenceView, bucket: readonly IndexedPattern[], k: number, passive: boolean): PatternMatch | null {
  let best: PatternMatch | null = null;
  let bestScore = -Infinity;
  for (const p of bucket) {
    // Only a higher score replaces the best: a pattern that cannot reach one is not tried.
    if (p.maxScore <= bestScore) continue;
    const m = matchPattern(view, p, k, passive);
    if (!m) continue;
    // A filled target slot (even by an unknown noun phrase) shows the transitive use the pattern describes.
    const score = m.literals * 4 + (m.target ? 2 : 0) + (m.source ? 2 : 0) + (m.targetUnknown ? 1 : 0);
    if (score > bestScore) { best = m; bestScore = score; }
  }
  return best;
}

function codeVerbal(view: SentenceView, k: number, bucket: readonly IndexedPattern[], transitive: boolean, lex: EventLexicon): Found | null {
  const t = view.tokens;
  // "Israel is opposed to the plan": an adjective of attitude, active in meaning.
  const passive = isPassive(t, k, view.first) && !(t.lower[k] === 'opposed' && t.lower[k + 1] === 'to');
  const reduced = !passive && isReducedPassive(view, k, transitive);
  let match = bestMatch(view, bucket, k, passive || reduced);
  if (!match) return null;
  const group = verbGroup(t, k, view.first);
  let source: ActorUnit | null;
  let target: ActorUnit | null;
  let sourceFound: EventCues['sourceFound'];
  let targetFound: EventCues['targetFound'];
  if (passive || reduced) {
    const subject = reduced ? { unit: unitJustBefore(view, k) ?? nounPhraseUnitBefore(view, k), how: 'subject' as const } : findSubject(view, k, lex.cues);
    target = subject.unit;
    targetFound = target ? 'subject' : 'none';
    source = match.source ?? findAgent(view, k + 1);
    if (!source) {
      // "killed in Israeli shelling": the event is the shelling, by its actor, of the subject.
      const cause = agentOfCause(view, k + 1, lex);
      if (cause) {
        source = cause.unit;
        const sharper = sharperForceCode(match.pattern.code, cause.code);
        if (sharper !== null) match = { ...match, pattern: { ...match.pattern, code: sharper } };
      }
    }
    if (!source) {
      // "were killed in a suicide car bombing": the means named, by no one named, still codes the act.
      const means = meansAfter(view, k + 1);
      const sharper = means === null ? null : sharperForceCode(match.pattern.code, means);
      if (sharper !== null) match = { ...match, pattern: { ...match.pattern, code: sharper } };
    }
    if (!source && passive) source = lateAgent(view, k + 1);
    sourceFound = source ? 'agent' : 'none';
  } else {
    const subject = findSubject(view, k, lex.cues);
    if (match.source && !hasTargetSlot(match.pattern)) {
      // "receive aid from $S": the subject receives, so it is the target.
      source = match.source;
      sourceFound = 'pattern';
      target = subject.unit;
      targetFound = target ? 'subject' : 'none';
    } else {
      source = match.source ?? subject.unit;
      sourceFound = match.source ? 'pattern' : subject.unit ? subject.how : 'none';
      target = match.target;
      targetFound = target ? 'pattern' : 'none';
    }
    if (!target && !match.source) {
      // "rejected an Australian ultimatum to hand over a guard ... at the consulate": the owner of
      // the pattern's own object noun is the target before any actor further on.
      target = ownerOfLiteralObject(view, match, source);
      if (target) targetFound = 'object';
    }
    if (!target && targetFound === 'none' && !match.source) {
      // "rejected calls by Belarus's rulers": an object that is no actor may lead to one in its PP;
      // "promised to continue military aid to Mozambique": after an intent shell, look past the complement verb.
      const overComplement = match.end < view.end && t.lower[match.end - 1] === 'to' && t.pos[match.end] === 'VERB';
      const from = match.targetUnknown ? match.targetStart : overComplement ? match.end + 1 : match.end;
      target = findObject(view, from) ?? objectPronounReferent(view, k, source);
      if (target) targetFound = 'object';
    }
    if (!target && !match.source) {
      target = ownerOfLiteralObject(view, match, source);
      if (target) targetFound = 'object';
    }
  }
  if (!target && !passive && !reduced && (match.pattern.code.startsWith('13') || group.words.some((w) => w === 'will' || w === 'would'))) {
    // "threatened a strike unless Israel rescinds the law": the threat is aimed at the condition's subject.
    target = conditionTarget(view, k, source);
    if (target) targetFound = 'object';
  }
  if (source && target && (source === target || ownedBySource(view, target, source))) target = null;
  const modality = modalityOf(view, k, group, lex.cues);
  const voice = passive || reduced ? 'passive' : 'active';
  const refused = modality === 'negated' && (REFUSING.has(group.control ?? '') || group.words.some((w) => w === 'will' || w === 'would' || w === 'wo'));
  // "they said they would blockade": the speaker's own pronoun is enough, even unresolved.
  // "Thailand will extend the curfew": an act announced with "will" is stated as to come too (for
  // force, CAMEO reads the future tense of a lead as a threat).
  const stated = modality === 'future' && voice === 'active' && (source !== null || pronounBefore(view, group.start))
    && (saidBefore(view, k) || group.words.some((w) => w === 'will' || w === 'would' || w === 'wo' || w === "'ll"));
  const conditional = (modality === 'hypothetical' || modality === 'future') && voice === 'active' && source !== null
    && group.words.some((w) => w === 'will' || w === 'would' || w === 'wo') && hasCondition(view, k);
  const cues = cuesOf(view, voice, match, sourceFound, targetFound, k, source, target, group);
  // "forces backed by Russian warplanes pounded the town": a participle describing a noun is no main verb.
  return { trigger: k, match, source, target, modality, control: group.control, refused, stated, conditional,
    cues: reduced ? { ...cues, clause: 'complement' } : cues };
}

function codeNominal(view: SentenceView, k: number, bucket: readonly IndexedPattern[], lex: EventLexicon): Found | null {
  const t = view.tokens;
  const match = bestMatch(view, bucket, k, false);
  if (!match) return null;
  let source = match.source;
  let sourceFound: EventCues['sourceFound'] = source ? 'pattern' : 'none';
  if (!source) {
    // "Tehran's demands", "US accusations": the actor right before the noun is its source.
    let j = k - 1;
    while (j >= view.first && (t.pos[j] === 'ADJ' || t.lower[j] === "'s" || t.lower[j] === '\u2019s' || t.pos[j] === 'NUM')) j--;
    const u = j >= view.first ? unitAtToken(view, j) : null;
    if (u && u.end >= k - 3) { source = u; sourceFound = 'subject'; }
  }
  const light = governingLightVerb(view, k, lex.lightVerbs);
  if (!source) {
    // "Rebels launched an attack", "a court issued arrest warrants": the support verb's subject.
    if (light >= 0) {
      const passive = isPassive(t, light, view.first);
      source = passive ? findAgent(view, k + 1) : findSubject(view, light, lex.cues).unit;
      if (source) sourceFound = passive ? 'agent' : 'subject';
    }
  }
  if (!source) {
    // "The ILO reiterated its demand": a possessive pronoun's owner is the subject of the verb whose object the noun is.
    const v = verbOfPossessedNoun(view, k);
    if (v >= 0) {
      source = findSubject(view, v, lex.cues).unit;
      if (source) sourceFound = 'subject';
    }
  }
  let target = match.target;
  let targetFound: EventCues['targetFound'] = target ? 'pattern' : 'none';
  if (!target && !match.targetUnknown && match.literals === 0) {
    const u = findObject(view, match.end);
    if (u && t.pos[u.start - 1] === 'ADP') { target = u; targetFound = 'object'; }
  }
  if (source && target && source === target) target = null;
  // "will launch an attack", "did not launch an attack": the support verb carries the act's modality.
  // (A speech verb's noun, "announced the deployment", stays reported as the noun reads.)
  const at = light >= 0 && !isSpeechVerb(view, light) ? light : k;
  const group = verbGroup(t, at, view.first);
  const modality = modalityOf(view, at, group, lex.cues);
  // "NATO said it would tighten the blockade", "Turkey will begin an operation": a nominal act stated as to come.
  const stated = modality === 'future' && (saidBefore(view, k) || group.words.some((w) => w === 'will' || w === 'would' || w === 'wo' || w === "'ll"));
  return { trigger: k, match, source, target, modality, stated, cues: cuesOf(view, 'nominal', match, sourceFound, targetFound, k, source, target) };
}

/**
 * "Four civilians were killed in Israeli shelling", "wounded in a Taliban attack": a passive
 * without "by" takes its agent from the actor of the attack named after "in".
 */
function agentOfCause(view: SentenceView, from: number, lex: EventLexicon): { unit: ActorUnit; code: string } | null {
  const t = view.tokens;
  let k = from;
  while (k < view.end && k < from + 3 && t.lower[k] !== 'in' && t.lower[k] !== 'during' && (t.pos[k] === 'ADV' || t.pos[k] === 'ADP')) k++;
  if (k >= view.end || (t.lower[k] !== 'in' && t.lower[k] !== 'during')) return null;
  let actor: ActorUnit | null = null;
  for (let j = k + 1; j < view.end && j <= k + 6; j++) {
    const u = unitAtToken(view, j);
    if (u) { actor = u; j = u.end - 1; continue; }
    const pos = t.pos[j];
    const attack = pos === 'NOUN' ? lex.patterns.byNoun.get(t.lemma[j]) : pos === 'VERB' && t.lower[j].endsWith('ing') ? lex.patterns.byVerb.get(t.lemma[j]) : undefined;
    const general = attack?.filter((p) => p.code >= '18').sort((a, b) => a.literalCount - b.literalCount)[0];
    if (actor && general) return { unit: actor, code: general.code };
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'NUM') return null;
  }
  return null;
}

/** The verb right before "its"/"their" (and modifiers) that own the noun at `k` ("reiterated its [firm] demand"), or -1. */
function verbOfPossessedNoun(view: SentenceView, k: number): number {
  const t = view.tokens;
  let j = k - 1;
  while (j > view.first && j >= k - 3 && (t.pos[j] === 'ADJ' || t.pos[j] === 'NOUN')) j--;
  if (j <= view.first || !POSSESSIVE_DETERMINERS.has(t.lower[j])) return -1;
  let v = j - 1;
  while (v > view.first && t.pos[v] === 'ADV') v--;
  return t.pos[v] === 'VERB' ? v : -1;
}

/** The support verb whose object is the noun at `k` ("launched [a new] attack"), or -1. */
function governingLightVerb(view: SentenceView, k: number, lightVerbs: ReadonlySet<string>): number {
  const t = view.tokens;
  for (let j = k - 1; j >= view.first && j >= k - 5; j--) {
    const pos = t.pos[j];
    if (pos === 'VERB') return lightVerbs.has(t.lemma[j]) ? j : -1;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'NOUN' && pos !== 'ADV' && pos !== 'PART' && t.lower[j] !== 'of' && !POSSESSIVE_DETERMINERS.has(t.lower[j])
      && !(PHRASAL_PARTICLES.has(t.lower[j]) && j - 1 >= view.first && t.pos[j - 1] === 'VERB')) return -1;
    if (unitAtToken(view, j)) return -1;
  }
  return -1;
}

/**
 * "expelled two Russian diplomats", "rejected an Indian proposal", "turned down Iran's offer": when
 * a pattern's own object noun ("diplomat", "proposal") is an actor or is owned by one (a country
 * adjective or possessive right before it), that actor is the target. Only an actor of another
 * country than the source counts, so "deployed Russian troops" by Russia keeps no target.
 */
function ownerOfLiteralObject(view: SentenceView, match: PatternMatch, source: ActorUnit | null): ActorUnit | null {
  const t = view.tokens;
  const victim = literalVictim(view, match, source);
  if (victim || !source) return victim;
  for (const k of match.literalTokens) {
    if (t.pos[k] !== 'NOUN' && t.pos[k] !== 'PROPN') continue;
    let j = k;
    let owner = unitAtToken(view, j);
    if (!owner) {
      // Step back over the noun's own modifiers: "an Indian [peace] proposal", "Iran's [new] offer".
      j = k - 1;
      while (j >= view.first && j >= k - 3 && !unitAtToken(view, j) && (t.pos[j] === 'ADJ' || t.pos[j] === 'NOUN' || t.lower[j] === "'s" || t.lower[j] === '\u2019s')) j--;
      owner = j >= view.first && j >= k - 3 ? unitAtToken(view, j) : null;
    }
    if (!owner || owner === source || !owner.members.every((m) => namesItsCountry(t, m))) continue;
    const countries = owner.members.map((m) => m.country);
    if (countries.some((c) => c === null) || source.members.some((m) => countries.includes(m.country))) continue;
    return owner;
  }
  return null;
}

/** Roots whose pattern object is the one the act is done to: coercion, assault, fighting, mass violence. */
const VICTIM_ROOTS = new Set(['17', '18', '19', '20']);

/**
 * "killed one U.S. soldier", "a bomb killed two Iraqi policemen": when the pattern's own object
 * noun of an act of force is itself an actor, that actor is the target, whatever its country
 * (people of one country are often killed or arrested by their own side), and with no source too.
 */
function literalVictim(view: SentenceView, match: PatternMatch, source: ActorUnit | null): ActorUnit | null {
  if (!VICTIM_ROOTS.has(match.pattern.code.slice(0, 2))) return null;
  const t = view.tokens;
  for (const k of match.literalTokens) {
    if (t.pos[k] !== 'NOUN' && t.pos[k] !== 'PROPN') continue;
    const unit = unitAtToken(view, k);
    if (!unit || unit === source || unit.end !== k + 1) continue;
    // The same actor on both sides is a misreading of one of them.
    if (source && unit.members.some((m) => source.members.some((s) => s.code === m.code))) continue;
    return unit;
  }
  return null;
}

/**
 * Whether an actor's own words name its country ("Iranian diplomats", "Iran"), rather than a bare
 * role noun that took the story's country ("troops" in a Bamako story may be anyone's troops).
 */
function namesItsCountry(t: TokenTable, m: ActorMention): boolean {
  if (m.evidence !== 'role' && m.evidence !== 'title') return true;
  for (let k = m.tokens[0]; k < m.tokens[1]; k++) {
    const c = t.text[k].charCodeAt(0);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** "completed their withdrawal": a possessive determiner inside the support verb's object. */
const POSSESSIVE_DETERMINERS = new Set(['their', 'its', 'his', 'her', 'our']);
/** "stepped up its attacks", "speeded up the withdrawal": the particle of a phrasal support verb. */
const PHRASAL_PARTICLES = new Set(['up', 'out', 'off']);

function hasTargetSlot(p: EventPattern): boolean {
  return p.after.some((el) => el.kind === 'target');
}

/**
 * "troops exchanged fire with them": an object pronoun right after the verb (or its preposition)
 * stands for the first other actor earlier in the sentence, else the last one of earlier
 * sentences. The pronoun keeps its own words and offsets.
 */
function objectPronounReferent(view: SentenceView, k: number, source: ActorUnit | null): ActorUnit | null {
  const t = view.tokens;
  let p = k + 1;
  while (p < view.end && p <= k + 3 && t.pos[p] !== 'PRON') {
    if (t.pos[p] !== 'ADP' && t.pos[p] !== 'DET' && t.pos[p] !== 'NOUN' && t.pos[p] !== 'ADV') return null;
    p++;
  }
  if (p >= view.end || !OBJECT_PRONOUNS.has(t.lower[p])) return null;
  // The sentence's first other actor is usually its topic: "gunmen who stormed ... as troops fired on them".
  let referent: ActorMention | null = null;
  const w = t.lower[p];
  // "offered its troops to President X to help him": "him" and "her" stand for a person.
  const personal = w === 'him' || w === 'her';
  for (const u of view.units) {
    if (u.end > k || u === source || (personal && !isPerson(u.members[0]))) continue;
    referent = u.members[0];
    break;
  }
  referent ??= w === 'him' || w === 'her' ? view.antecedents.person : view.antecedents.other;
  if (!referent || (source && source.members.some((m) => m.code === referent!.code))) return null;
  return pronounUnit(view, p, referent);
}

const OBJECT_PRONOUNS = new Set(['them', 'him', 'her']);

/** A subject pronoun right before the verb group starting at `start` ("they would", "it will"). */
function pronounBefore(view: SentenceView, start: number): boolean {
  const p = start - 1;
  return p >= view.first && SUBJECT_PRONOUNS.has(view.tokens.lower[p]);
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);

/**
 * "The UN rejected a call for its peacekeepers to be sent": an actor the source's own possessive
 * names ("its", "their" right before it, of the source's country or body) belongs to the
 * source and is not what the act is done to.
 */
function ownedBySource(view: SentenceView, target: ActorUnit, source: ActorUnit): boolean {
  const t = view.tokens;
  const k = t.lower[target.start] === 'its' || t.lower[target.start] === 'their' ? target.start : target.start - 1;
  if (k < view.first || (t.lower[k] !== 'its' && t.lower[k] !== 'their')) return false;
  return target.members.every((m) => source.members.some((s) => (s.country ?? s.code.slice(0, 3)) === (m.country ?? m.code.slice(0, 3))));
}

/** A mention of a person: a known person, or a title or role given with a name ("President Elias Hrawi"). */
function isPerson(m: ActorMention): boolean {
  return m.evidence === 'person' || (m.name !== null && (m.evidence === 'title' || m.evidence === 'role' || m.evidence === 'coreference'));
}

/** "will withdraw its troops unless the truce holds": a condition before or after the act. */
function hasCondition(view: SentenceView, k: number): boolean {
  const t = view.tokens;
  for (let j = view.first; j < view.end; j++) if (j !== k && (t.lower[j] === 'unless' || t.lower[j] === 'if')) return true;
  return false;
}

/** Control verbs of refusal: their cooperative complement becomes a rejection. */
const REFUSING = new Set(['refuse', 'decline', 'reject']);

