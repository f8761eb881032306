import type { TokenTable } from '../../core/tokens.js';
import { isClauseBoundary, isPassive, isRelativePronoun, isSpeechVerb } from './clause.js';
import type { ModalityCues } from './modality-cues.js';
import { pronounUnit, unitAtToken, type ActorUnit, type SentenceView } from './sentence-view.js';
import { isTemporal } from './temporal.js';

/** The verb group before a trigger: auxiliaries, adverbs, negation and control verbs ("agreed to"). */
export interface VerbGroup {
  /** Token of the control verb, or -1. */
  readonly controlToken: number;
  /** First token of the group (the subject ends before it). */
  readonly start: number;
  /** Lemmas of the auxiliaries, particles and adverbs in it ("will", "not", "allegedly"). */
  readonly words: readonly string[];
  /** Lemma of a control verb the trigger depends on ("agree" in "agreed to release"). */
  readonly control: string | null;
}

const CHAIN_POS = new Set(['AUX', 'ADV', 'PART']);

/**
 * Walks left from a verb over its auxiliaries, adverbs and negation, and over a control verb
 * with "to" ("pledged to expel", "is expected to meet").
 */
export function verbGroup(t: TokenTable, trigger: number, first: number): VerbGroup {
  const words: string[] = [];
  let control: string | null = null;
  let controlToken = -1;
  let k = trigger - 1;
  while (k >= first) {
    const pos = t.pos[k];
    // "agreed on Saturday to provide aid": a time phrase may stand between the control verb and "to".
    const c: number = t.lower[k] === 'to' && control === null ? controlBefore(t, k, first) : -1;
    if (c >= 0) {
      control = t.lemma[c];
      controlToken = c;
      words.push('to', t.lemma[c]);
      k = c - 1;
      continue;
    }
    if (t.lower[k] === 'to') break;
    if (CHAIN_POS.has(pos) || (pos === 'VERB' && t.lemma[k] === 'be')) { words.push(t.lemma[k], t.lower[k]); k--; continue; }
    break;
  }
  return { start: k + 1, words, control, controlToken };
}

/**
 * A verb or adjective before "to", or a third-person verb of intent that wink-nlp tags as a noun
 * ("Greece plans to impose", "Iran vows to retaliate").
 */
function isControlWord(t: TokenTable, k: number): boolean {
  const pos = t.pos[k];
  if (pos === 'VERB' || pos === 'ADJ') return true;
  return pos === 'NOUN' && t.lower[k].endsWith('s') && NOUN_TAGGED_CONTROL.has(t.lemma[k]);
}

/**
 * The control verb of the infinitive marker at `to`: the word right before it, or one before a
 * short time phrase or "in principle" ("agreed on Saturday to provide", "agreed in principle to
 * lift"); -1 when there is none.
 */
function controlBefore(t: TokenTable, to: number, first: number): number {
  let k = to - 1;
  const stop = Math.max(first, to - 5);
  while (k >= stop && (INTERVENING.has(t.lower[k]) || (t.pos[k] === 'NUM' && INTERVENING.has(t.lower[k - 1])))) k--;
  if (k < first) return -1;
  // Only a time phrase or "in principle" may stand between, and it must open with its preposition or time word.
  if (k < to - 1 && !(INTERVENING.has(t.lower[k + 1]) && (TIME_OPENERS.has(t.lower[k + 1]) || t.lower[k + 1] === 'in'))) return -1;
  return isControlWord(t, k) ? k : -1;
}

/** Words of a short phrase that may stand between a control verb and its "to" ("on Saturday", "in principle", "last week"). */
const INTERVENING: ReadonlySet<string> = new Set(['on', 'in', 'principle', 'last', 'this', 'early', 'late', 'today', 'yesterday', 'tonight', 'earlier',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'weekend',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'formally', 'unanimously', 'also', 'again']);
/** Words that open such a phrase: a time preposition, a time word, an adverb. */
const TIME_OPENERS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'early', 'late', 'today', 'yesterday', 'tonight', 'earlier',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'formally', 'unanimously', 'also', 'again']);

const NOUN_TAGGED_CONTROL = new Set(['plan', 'vow', 'pledge', 'promise', 'aim', 'offer', 'threaten', 'refuse', 'agree', 'want', 'seek', 'intend', 'hope']);

/** `verbGroup(t, trigger, first).start`, without collecting the group's words (subject search needs only where it starts). */
function verbGroupStart(t: TokenTable, trigger: number, first: number): number {
  let control = false;
  let k = trigger - 1;
  while (k >= first) {
    const pos = t.pos[k];
    const c: number = t.lower[k] === 'to' && !control ? controlBefore(t, k, first) : -1;
    if (c >= 0) {
      control = true;
      k = c - 1;
      continue;
    }
    if (t.lower[k] === 'to') break;
    if (CHAIN_POS.has(pos) || (pos === 'VERB' && t.lemma[k] === 'be')) { k--; continue; }
    break;
  }
  return k + 1;
}

/**
 * The subject of the verb at `trigger`: the nearest actor noun phrase to its left in the same
 * clause that is not the object of a preposition; through "who"/"which"/"that" to the
 * antecedent; through "and" to the subject of a coordinated verb ("met X and discussed").
 */
export function findSubject(view: SentenceView, trigger: number, cues: ModalityCues, depth = 0): { unit: ActorUnit | null; how: 'subject' | 'inherited' } {
  const t = view.tokens;
  let k = verbGroupStart(t, trigger, view.first) - 1;
  if (depth < 2 && k >= view.first && t.lower[k] === ',' && t.lower[trigger].endsWith('ing')) {
    // "X told reporters, insisting that ...": the participle's subject is the main verb's.
    for (let v = k - 1; v >= view.first && v >= k - 8; v--) {
      if (t.pos[v] === 'VERB') return { unit: findSubject(view, v, cues, depth + 1).unit, how: 'inherited' };
      if (isClauseBoundary(view, v) && !(t.pos[v] === 'VERB')) break;
    }
  }
  if (depth < 2 && k - 1 >= view.first && t.lower[k] === 'to') {
    const purposeOf = purposeVerbOf(view, k);
    if (purposeOf >= 0) return { unit: findSubject(view, purposeOf, cues, depth + 1).unit, how: 'inherited' };
  }
  let sawAnd = false;
  while (k >= view.first) {
    const unit = unitAtToken(view, k);
    if (unit) {
      const before = unit.start - 1;
      const isPrepObject = before >= view.first && t.pos[before] === 'ADP' && t.lower[before] !== 'by' && !isQuantityOf(t, before, view.first)
        && !SUBORDINATORS_TAGGED_ADP.has(t.lower[before]);
      const objectOfVerb = before >= view.first && t.pos[before] === 'VERB';
      // "Syrian jets including attack helicopters struck": an example inside the subject is not its head.
      if (before >= view.first && EXAMPLE_MARKERS.has(t.lower[before]) && !sawAnd) { k = before - 1; continue; }
      // "Peru was urged by Chile to release the men": the subject of a passive object-control verb does what it was urged to.
      if (depth < 2 && !sawAnd && t.lower[before] === 'by' && t.lower[unit.end] === 'to' && unit.end === verbGroupStart(t, trigger, view.first) - 1) {
        const control = before - 1;
        if (control >= view.first && OBJECT_CONTROL.has(t.lemma[control]) && isPassive(t, control, view.first)) {
          return { unit: findSubject(view, control, cues, depth + 1).unit, how: 'inherited' };
        }
      }
      if (sawAnd && objectOfVerb && depth < 2) {
        const inherited = findSubject(view, before, cues, depth + 1);
        return { unit: inherited.unit, how: 'inherited' };
      }
      if (!isPrepObject) return { unit, how: 'subject' };
      k = unit.start - 1;
      continue;
    }
    if (isRelativePronoun(view, k)) {
      let a = k - 1;
      if (a >= view.first && t.lower[a] === ',') a--;
      return { unit: a >= view.first ? unitAtToken(view, a) : null, how: 'subject' };
    }
    if (t.lower[k] === ')') {
      // "The African Union (AU) has agreed": a parenthesis is an aside; the subject stands before it.
      const open = openingParenthesis(view, k);
      if (open >= 0) {
        // "The International Labor Office (ILO) reiterated": an unknown name glossed by a known acronym is that actor.
        const glossed = open - 1 >= view.first && !unitAtToken(view, open - 1) && (t.pos[open - 1] === 'PROPN' || t.pos[open - 1] === 'NOUN')
          ? unitAtToken(view, open + 1) : null;
        if (glossed && glossed.end === k) return { unit: glossed, how: 'subject' };
        k = open - 1;
        continue;
      }
    }
    if (isClauseBoundary(view, k)) return { unit: null, how: 'subject' };
    const pos = t.pos[k];
    if (pos === 'PRON' && t.lower[k] !== 'their' && t.lower[k] !== 'its') {
      if (!SUBJECT_PRONOUNS.has(t.lower[k]) || depth >= 2) return { unit: null, how: 'inherited' };
      return { unit: speakerOf(view, k, cues, depth) ?? antecedentOf(view, k), how: 'inherited' };
    }
    if (pos === 'VERB' && isAttributiveParticiple(t, k, view.first)) { k--; continue; }
    // "the civilians detained for working against Beijing were freed": a gerund after a
    // preposition is inside that phrase, not the verb of another clause.
    // Only after a participle that describes the noun ("detained for", "accused of").
    if (pos === 'VERB' && k - 2 > view.first && GERUND_PREPOSITIONS.has(t.lower[k - 1]) && t.lower[k].endsWith('ing')
      && t.pos[k - 2] === 'VERB' && t.lower[k - 2].endsWith('ed')) { k -= 2; continue; }
    // "The UN mission working in Mali reported": a participle right after an actor describes it.
    if (pos === 'VERB' && (t.lower[k].endsWith('ing') || t.lower[k].endsWith('ed')) && k - 1 >= view.first && !sawAnd) {
      const described = unitAtToken(view, k - 1);
      if (described) return { unit: described, how: 'subject' };
    }
    if (pos === 'VERB' || pos === 'AUX') {
      if (sawAnd && depth < 2) {
        const inherited = findSubject(view, k, cues, depth + 1);
        return { unit: inherited.unit, how: 'inherited' };
      }
      return { unit: null, how: 'subject' };
    }
    if (t.lower[k] === 'and' || t.lower[k] === 'but') sawAnd = true;
    if (t.lower[k] === ',') {
      // "Pakistan, a key U.S. ally in the war, has refused": skip the appositive to its head.
      const head = appositiveHead(view, k);
      if (head) return { unit: head, how: 'subject' };
    }
    k--;
  }
  return { unit: null, how: 'subject' };
}

/**
 * The actor before an aside that ends at the comma `close`: an appositive (", a key U.S. ally,")
 * or a phrase opened by a participle or preposition (", following the peace deal,"), if any.
 */
function appositiveHead(view: SentenceView, close: number): ActorUnit | null {
  const t = view.tokens;
  let verb = -1;
  for (let k = close - 1; k >= view.first && k >= close - 14; k--) {
    const pos = t.pos[k];
    if (pos === 'AUX' || isRelativePronoun(view, k) || isClauseBoundary(view, k)) return null;
    if (pos === 'VERB') { if (verb >= 0) return null; verb = k; continue; }
    if (t.lower[k] === ',') {
      // Only the aside's first word may be a verb, and then only a participle ("following", "backed").
      if (verb >= 0 && (verb !== k + 1 || !(t.lower[verb].endsWith('ing') || t.lower[verb].endsWith('ed')))) return null;
      return k - 1 >= view.first ? unitAtToken(view, k - 1) ?? ownerOfNounBefore(view, k - 1) : null;
    }
  }
  return null;
}

/**
 * "Recent US drone attacks, occurring weekly, have killed": the actor that modifies the noun phrase
 * ending at `k` (within its nouns and adjectives), as it would be found with no aside between.
 */
function ownerOfNounBefore(view: SentenceView, k: number): ActorUnit | null {
  const t = view.tokens;
  if (t.pos[k] !== 'NOUN' && t.pos[k] !== 'PROPN') return null;
  for (let j = k - 1; j >= view.first && j >= k - 3; j--) {
    const unit = unitAtToken(view, j);
    if (unit) return unit;
    if (t.pos[j] !== 'NOUN' && t.pos[j] !== 'PROPN' && t.pos[j] !== 'ADJ') return null;
  }
  return null;
}

/**
 * Verbs whose object is the subject of a following infinitive ("urged Iran to release", "asked
 * the UN to send"): object control. After any other verb the infinitive says what the verb's own
 * subject means to do ("will visit Mali and Niger to mediate").
 */
const OBJECT_CONTROL = new Set(['urge', 'ask', 'call', 'force', 'allow', 'permit', 'persuade', 'tell', 'order', 'invite', 'encourage',
  'press', 'pressure', 'pressurize', 'want', 'expect', 'help', 'enable', 'compel', 'oblige', 'request', 'require', 'instruct', 'authorize',
  'authorise', 'advise', 'warn', 'convince', 'lead', 'get', 'push', 'prompt', 'inspire', 'challenge', 'dare', 'beg', 'implore', 'exhort',
  'cause', 'appeal', 'need', 'like', 'prefer', 'mandate', 'empower', 'entitle', 'commission', 'assign', 'recruit', 'train', 'pay', 'elect',
  'appoint', 'choose', 'select', 'nominate', 'name', 'induce', 'trust', 'remind', 'teach', 'bribe', 'provoke', 'incite', 'lobby', 'petition']);

/**
 * "Gambia's president will visit Mali and Niger to mediate": when an infinitive marker at `to`
 * follows an actor that is the direct object of a verb other than an object-control verb, the
 * infinitive is one of purpose, and its subject is that verb's. Returns the verb's token, or -1.
 */
function purposeVerbOf(view: SentenceView, to: number): number {
  const t = view.tokens;
  let u = to - 1;
  // "will visit Mali next week to mediate": a time phrase may stand between.
  while (u > view.first && u >= to - 4 && isTemporal(view, u)) u--;
  const unit = unitAtToken(view, u);
  if (!unit) return -1;
  let v = unit.start - 1;
  while (v >= view.first && (t.pos[v] === 'DET' || t.pos[v] === 'NUM')) v--;
  if (v < view.first || t.pos[v] !== 'VERB' || t.lemma[v] === 'be' || OBJECT_CONTROL.has(t.lemma[v])) return -1;
  return v;
}

/** Tokens a parenthetical aside may span ("(APEC)", "(Party of God)", "(the former Zaire)"). */
const ASIDE_REACH = 8;

/** The "(" that opens the parenthesis closed at `close`, within a short reach; -1 when none. */
function openingParenthesis(view: SentenceView, close: number): number {
  const t = view.tokens;
  for (let k = close - 1; k > view.first && k >= close - ASIDE_REACH; k--) {
    if (t.lower[k] === '(') return k;
    if (t.lower[k] === ')' || isClauseBoundary(view, k) && t.lower[k] !== '"') return -1;
  }
  return -1;
}

/** Prepositions whose object may be a gerund phrase inside a noun phrase ("jailed for spying on", "accused of aiding"). */
const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of']);

/** Words that introduce examples inside a noun phrase ("forces including", "rebels, notably"). */
const EXAMPLE_MARKERS = new Set(['including', 'excluding', 'notably', 'especially', 'particularly']);

/** Subordinators that wink-nlp may tag as prepositions: "came as Israel announced", "after Iran said". */
const SUBORDINATORS_TAGGED_ADP = new Set(['as', 'after', 'before', 'since', 'until', 'while', 'because', 'although', 'though', 'once', 'when', 'if', 'unless']);

/** Heads of quantity phrases: "thousands of students", "a group of rebels", "some of the troops". */
const QUANTITY_HEADS = new Set(['tens', 'hundreds', 'thousands', 'millions', 'dozens', 'scores', 'lots', 'number', 'group', 'groups', 'crowd', 'crowds',
  'majority', 'some', 'many', 'most', 'all', 'few', 'several', 'members', 'band', 'bands', 'unit', 'units', 'team', 'delegation', 'contingent', 'handful',
  // Collective nouns of people sent somewhere: "the first deployment of NATO troops", "a batch of peacekeepers".
  'deployment', 'batch', 'patch', 'wave', 'convoy', 'column', 'detachment', 'squad', 'party', 'busload', 'planeload', 'shipload',
  // People who act for another: "supporters of the former president blocked roads" are the president's side.
  'supporters', 'followers', 'loyalists', 'backers', 'partisans', 'sympathizers', 'sympathisers']);

/** "thousands of students": the "of" after a quantity does not make its noun the object of a preposition. */
function isQuantityOf(t: TokenTable, k: number, first: number): boolean {
  return t.lower[k] === 'of' && k - 1 >= first && (QUANTITY_HEADS.has(t.lower[k - 1]) || t.pos[k - 1] === 'NUM');
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/**
 * "Ankara says it is ready to pull its troops back": a pronoun that opens the complement of a speech verb
 * stands for the speaker.
 */
function speakerOf(view: SentenceView, pronoun: number, cues: ModalityCues, depth: number): ActorUnit | null {
  const t = view.tokens;
  let k = pronoun - 1;
  if (k >= view.first && (t.lower[k] === 'that' || t.lower[k] === ',')) k--;
  // "Austria said today it had deported": a time phrase may follow the speech verb.
  for (let n = 0; n < 3 && k > view.first && isTemporal(view, k); n++) k--;
  if (k < view.first) return null;
  if (isSpeechVerb(view, k)) return findSubject(view, k, cues, depth + 1).unit;
  return null;
}

/**
 * "He said ...", "They attacked ...": a subject pronoun that no speaker in its own sentence
 * explains stands for the last actor of its kind that acted in an earlier sentence (a person for
 * he/she, anything else for it/they). The pronoun keeps its own words and offsets.
 */
function antecedentOf(view: SentenceView, pronoun: number): ActorUnit | null {
  const w = view.tokens.lower[pronoun];
  const antecedent = w === 'he' || w === 'she' ? view.antecedents.person : w === 'it' || w === 'they' ? view.antecedents.other : null;
  return antecedent ? pronounUnit(view, pronoun, antecedent) : null;
}

/** "the divided island", "the US-backed government": a participle inside a noun phrase. */
function isAttributiveParticiple(t: TokenTable, k: number, first: number): boolean {
  if (!t.lower[k].endsWith('ed') || k + 1 >= t.count) return false;
  const next = t.pos[k + 1];
  if (next !== 'NOUN' && next !== 'PROPN' && next !== 'ADJ') return false;
  return k === first || t.pos[k - 1] === 'DET' || t.pos[k - 1] === 'ADJ' || t.pos[k - 1] === 'ADV';
}

const OBJECT_PREPS = new Set(['with', 'to', 'against', 'on', 'at', 'for', 'from', 'into', 'toward', 'towards', 'over', 'by', 'upon', 'of']);
const OBJECT_SKIP = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PART', 'NOUN', 'PROPN', 'ADP', 'PRON']);

/** The first actor after `from` in the same clause: a direct object or a prepositional one. */
export function findObject(view: SentenceView, from: number): ActorUnit | null {
  const t = view.tokens;
  let limit = from + 10;
  let crossedInfinitive = false;
  for (let k = from; k < view.end && k < limit; k++) {
    const unit = unitAtToken(view, k);
    if (unit) {
      const before = unit.start - 1;
      if (before < from || t.pos[before] !== 'ADP' || OBJECT_PREPS.has(t.lower[before])) return unit;
      return null;
    }
    if (t.lower[k] === ',' || isClauseBoundary(view, k)) return null;
    // "agreed to provide aid for Romania": the object may sit in one infinitive complement.
    if (!crossedInfinitive && t.lower[k] === 'to' && k + 1 < view.end && t.pos[k + 1] === 'VERB') {
      crossedInfinitive = true;
      k++;
      // "to help defend Saudi Arabia": "help" with a bare verb is one complement.
      if (t.lemma[k] === 'help' && k + 1 < view.end && t.pos[k + 1] === 'VERB') k++;
      limit = k + 9;
      continue;
    }
    // Participles and mis-tagged nouns inside the object: "rejected calls by", "proposed Israeli changes".
    const nounish = t.pos[k] === 'VERB' && (k === from || t.pos[k - 1] === 'DET' || t.pos[k - 1] === 'ADJ' || t.lower[k].endsWith('ed'));
    if (!OBJECT_SKIP.has(t.pos[k]) && !isTemporal(view, k) && !nounish) return null;
  }
  return null;
}

/** The agent of a passive: the actor after "by" within a few words. */
export function findAgent(view: SentenceView, from: number): ActorUnit | null {
  const t = view.tokens;
  for (let k = from; k < view.end && k < from + 8; k++) {
    if (t.lower[k] === 'by') {
      for (let j = k + 1; j < view.end && j <= k + 3; j++) {
        const u = unitAtToken(view, j);
        if (u) return u;
        if (t.pos[j] !== 'DET' && t.pos[j] !== 'ADJ' && t.pos[j] !== 'NUM') break;
      }
      return null;
    }
    if (t.lower[k] === ',' || t.pos[k] === 'VERB' || t.pos[k] === 'SCONJ') return null;
  }
  return null;
}

/**
 * "X has been accused of misusing funds, much of it embezzled, by government officials": a
 * passive's agent set off by a comma at the end of its sentence, past the passive's own asides.
 */
export function lateAgent(view: SentenceView, from: number): ActorUnit | null {
  const t = view.tokens;
  for (let k = from; k + 2 < view.end; k++) {
    if (t.lower[k] === ';') return null;
    if (t.lower[k] !== ',' || t.lower[k + 1] !== 'by') continue;
    for (let j = k + 2; j < view.end && j <= k + 5; j++) {
      const u = unitAtToken(view, j);
      if (u) return u.end >= view.end - 1 || t.pos[u.end] === 'PUNCT' ? u : null;
      if (t.pos[j] !== 'DET' && t.pos[j] !== 'ADJ' && t.pos[j] !== 'NUM') break;
    }
  }
  return null;
}

/** For a reduced passive ("five Iranians detained by US forces"): the noun phrase just before. */
export function unitJustBefore(view: SentenceView, k: number): ActorUnit | null {
  return k - 1 >= view.first ? unitAtToken(view, k - 1) : null;
}
