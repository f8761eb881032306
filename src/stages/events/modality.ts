import type { Modality } from '../../core/event.js';
import type { TokenTable } from '../../core/tokens.js';
import type { VerbGroup } from './arguments.js';
import { isSpeechVerb } from './clause.js';
import type { ModalityCues } from './modality-cues.js';
import type { SentenceView } from './sentence-view.js';
import { WORD } from './word-bits.js';

/** Control verbs whose complement did not happen ("refused to", "failed to"). */
const NEGATING_CONTROL = new Set(['refuse', 'decline', 'fail', 'reject', 'deny', 'avoid', 'stop', 'cease', 'halt']);
/** Control verbs whose complement is intended ("pledged to", "plans to", "agreed to"). */
const FUTURE_CONTROL = new Set(['plan', 'intend', 'pledge', 'promise', 'vow', 'agree', 'aim', 'seek', 'want', 'prepare', 'expect', 'hope', 'decide', 'offer', 'propose', 'schedule', 'set', 'due', 'likely', 'go', 'wish', 'willing', 'ready', 'prepared', 'committed', 'determined', 'determine', 'resolved', 'eager', 'keen', 'poised', 'agree', 'undertake', 'commit', 'consent', 'volunteer', 'swear']);
/** Control verbs whose complement is only threatened or possible ("threatened to expel"). */
const HYPOTHETICAL_CONTROL = new Set(['threaten', 'warn', 'consider', 'may', 'might', 'could', 'try', 'attempt', 'urge', 'ask', 'call', 'demand']);

/**
 * The modality of the event at `trigger`, from its verb group, its clause and the sentence:
 * negated > hypothetical > future > alleged > reported > asserted. (Historical is set later
 * from the dates layer.)
 */
export function modalityOf(view: SentenceView, trigger: number, group: VerbGroup, cues: ModalityCues): Modality {
  const t = view.tokens;
  const words = group.words;
  if (words.some((w) => cues.negation.has(w)) || (group.control !== null && NEGATING_CONTROL.has(group.control))) return 'negated';
  if (precededInClause(t, view.first, trigger, (w) => w === 'if' || w === 'unless' || w === 'whether')) return 'hypothetical';
  // "will not ease the sanctions until Iran complies", "two days before Merkel flies to Delhi": an act in
  // the present after "until" or "before" has not happened yet.
  if (isPresentTense(t, trigger, words) && afterUntil(t, view.first, trigger)) return 'hypothetical';
  if (adjunctOfActToCome(t, view.first, trigger, group)) return 'hypothetical';
  if (underVerbOfHope(view, trigger) || underDemandThat(view, trigger)) return 'hypothetical';
  // "Syria said it would withdraw": "would" after a speech verb is the future of the past.
  const reportedWould = words.includes('would') && isReported(view, trigger) && !precededInClause(t, view.first, trigger, (w) => w === 'if');
  // "The EU would hold talks with Abbas next month": a "would" with no condition anywhere in the
  // sentence is the future of an unstated report, as news writes it.
  const plainWould = !reportedWould && group.control === null && words.includes('would')
    && !words.some((w) => w !== 'would' && cues.hypothetical.has(w)) && !hasConditionWord(t, view.first, view.end);
  const futureWould = reportedWould || plainWould;
  if (!futureWould && (words.some((w) => cues.hypothetical.has(w)) || (group.control !== null && HYPOTHETICAL_CONTROL.has(group.control)))) return 'hypothetical';
  if (futureWould) return 'future';
  if (words.some((w) => cues.future.has(w)) || (group.control !== null && FUTURE_CONTROL.has(group.control))) return 'future';
  if (nearAllegation(t, view, trigger)) return 'alleged';
  if (isReported(view, trigger)) return 'reported';
  return 'asserted';
}

/** "if", "unless", "whether" or "otherwise" anywhere in the sentence. */
function hasConditionWord(t: TokenTable, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const w = t.lower[k];
    if (w === 'if' || w === 'unless' || w === 'whether' || w === 'otherwise') return true;
  }
  return false;
}

/** "until" or "before" earlier in the trigger's own clause (no comma between). */
function afterUntil(t: TokenTable, first: number, trigger: number): boolean {
  for (let k = trigger - 1; k >= first && k >= trigger - 20; k--) {
    const w = t.lower[k];
    if (w === ',' || w === ';' || w === '.') return false;
    if (w === 'until' || w === 'before') return true;
  }
  return false;
}

/**
 * "two days before Merkel flies to Delhi, hoping to repair relations with India": a participle after a
 * comma tells the circumstances of the clause before it; when that clause has not happened yet
 * (a present after "before" or "until"), neither has the participle's act.
 */
function adjunctOfActToCome(t: TokenTable, first: number, trigger: number, group: VerbGroup): boolean {
  const comma = group.start - 1;
  if (!t.lower[trigger].endsWith('ing') || comma <= first || t.lower[comma] !== ',') return false;
  for (let k = comma - 1; k >= first && k >= comma - 20; k--) {
    const w = t.lower[k];
    if (w === ',' || w === ';' || w === '.') return false;
    if (t.pos[k] === 'VERB' && isPresentTense(t, k, NO_WORDS) && afterUntil(t, first, k)) return true;
  }
  return false;
}

const NO_WORDS: readonly string[] = Object.freeze([]);

/** A verb in the present tense ("signs", "take", "are met"), by its form and auxiliaries. */
function isPresentTense(t: TokenTable, trigger: number, words: readonly string[]): boolean {
  const lower = t.lower[trigger];
  const lemma = t.lemma[trigger];
  // A verb, or a present form tagged as a noun ("until China signs up").
  if (t.pos[trigger] !== 'VERB' && !(lower.endsWith('s') && lower !== lemma && lower.startsWith(lemma))) return false;
  if (words.some((w) => w === 'is' || w === 'are' || w === 'am')) return true;
  if (words.length > 0) return false;
  return lower === lemma || (lower.endsWith('s') && lower.startsWith(lemma.slice(0, -1)));
}

/** Verbs of arrest and punishment, whose "for" gerund names what the punished are said to have done. */
const PUNISHING = new Set(['arrest', 'detain', 'jail', 'imprison', 'convict', 'sentence', 'indict', 'punish', 'fine', 'execute', 'prosecute', 'try', 'expel', 'deport', 'sanction', 'hold', 'seize', 'ban', 'condemn', 'criticize', 'criticise']);

/** Verbs whose complement is only hoped, feared or expected: "she hoped they would be indicted". */
export const HOPE: ReadonlySet<string> = new Set(['hope', 'wish', 'fear', 'expect', 'pray', 'predict', 'speculate', 'anticipate', 'worry']);

/** Verbs whose "that" clause says what must be done, not what was done ("demanded that Iran release"). */
const DEMANDING = new Set(['demand', 'urge', 'insist', 'ask', 'request', 'propose', 'suggest', 'recommend', 'require', 'order']);

/** "Greece demanded that its partners refuse to recognise": the act demanded has not happened. */
function underDemandThat(view: SentenceView, trigger: number): boolean {
  const t = view.tokens;
  for (let k = trigger - 1; k > view.first && k >= trigger - 20; k--) {
    const w = t.lower[k];
    if (w === ';' || w === '.') return false;
    if (w !== 'that') continue;
    for (let v = k - 1; v >= view.first && v >= k - 3; v--) {
      if (t.pos[v] === 'VERB' && DEMANDING.has(t.lemma[v])) return true;
      if (t.pos[v] !== 'ADV' && t.pos[v] !== 'NOUN' && t.pos[v] !== 'PROPN') break;
    }
  }
  return false;
}

/** How far back a verb of hope reaches: "expected [the commanders accused of ... ] would stand trial". */
const HOPE_REACH = 40;
/** Words that open a clause of its own, which a verb of hope before them does not govern. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', 'but', 'while', 'whereas', 'although', 'though', 'yet']);

/**
 * "the minister expected the commanders accused of ordering the shelling of the town would one day stand trial":
 * a verb of hope, fear or expectation earlier in the trigger's clause (a long subject between).
 */
function underVerbOfHope(view: SentenceView, trigger: number): boolean {
  const lemmaBits = view.classes.lemma;
  const t = view.tokens;
  for (let k = trigger - 1; k >= view.first && k >= trigger - HOPE_REACH; k--) {
    if (CLAUSE_BREAKS.has(t.lower[k])) return false;
    if ((lemmaBits[k] & WORD.hope) !== 0 && t.pos[k] === 'VERB') return true;
  }
  return false;
}

function precededInClause(t: TokenTable, first: number, trigger: number, test: (w: string) => boolean): boolean {
  for (let k = trigger - 1; k >= first; k--) {
    const w = t.lower[k];
    if (w === ';' || w === '.') return false;
    if (test(w)) return true;
  }
  return false;
}

function nearAllegation(t: TokenTable, view: SentenceView, trigger: number): boolean {
  const { lower, lemma } = view.classes;
  for (let k = Math.max(view.first, trigger - 4); k < Math.min(view.end, trigger + 3); k++) {
    if (k !== trigger && ((lower[k] | lemma[k]) & WORD.allegation) !== 0) return true;
  }
  // "accused X of fomenting": the gerund is only alleged.
  if (t.lower[trigger].endsWith('ing') && trigger - 1 >= view.first && (t.lower[trigger - 1] === 'of' || t.lower[trigger - 1] === 'for')) {
    for (let k = trigger - 2; k >= view.first && k >= trigger - 8; k--) {
      const l = t.lemma[k];
      if (l === 'accuse' || l === 'blame' || l === 'charge' || l === 'suspect' || l === 'allege') return true;
      // "arrested for collaborating with the enemy": the reason given for a punishment is only alleged.
      if (t.lower[trigger - 1] === 'for' && PUNISHING.has(l)) return true;
    }
  }
  return false;
}

/** True when a speech verb comes before `trigger` in its sentence ("said they would blockade"). */
export function saidBefore(view: SentenceView, trigger: number): boolean {
  for (let k = view.first; k < trigger; k++) if (isSpeechVerb(view, k)) return true;
  return false;
}

/** Inside a quotation, after a speech verb, after "according to", or before a trailing ", X said". */
function isReported(view: SentenceView, trigger: number): boolean {
  const t = view.tokens;
  let quotes = 0;
  for (let k = view.first; k < trigger; k++) {
    const w = t.lower[k];
    if (w === '"' || w === '\u201c' || w === '\u201d') quotes++;
    if (isSpeechVerb(view, k)) return true;
    if (w === 'according' && t.lower[k + 1] === 'to') return true;
  }
  if (quotes % 2 === 1) return true;
  for (let k = trigger + 1; k < view.end; k++) {
    if (t.lower[k] === ',' || t.lower[k] === '"' || t.lower[k] === '\u201d') {
      for (let j = k + 1; j < view.end && j <= k + 6; j++) {
        if (isSpeechVerb(view, j)) return true;
        if (t.lower[j] === 'according') return true;
      }
    }
  }
  return false;
}
