import { verbGroup } from './arguments.js';
import { recoded, type Found } from './found.js';
import { sharperForceCode } from './sharper-force.js';
import type { ActorMention } from '../../core/actor.js';
import { placeUnit, type SentenceView } from './sentence-view.js';

/**
 * Nouns that name the means of an attack, with the CAMEO code of an attack by that means
 * (codebook: 183 makeshift bombs, 193 small arms and mortars, 194 artillery, tanks and rocket
 * fire, 195 aerial weapons). A bomb with no aircraft named is a makeshift one (183).
 */
const MEANS_NOUNS: ReadonlyMap<string, string> = new Map([
  ['bomb', '183'], ['bombing', '183'], ['explosion', '183'], ['blast', '183'], ['explosive', '183'], ['ied', '183'], ['landmine', '1833'],
  ['shelling', '194'], ['shell', '194'], ['artillery', '194'], ['rocket', '194'], ['missile', '194'], ['barrage', '194'],
  ['mortar', '193'], ['grenade', '193'], ['gunfire', '193'],
  ['airstrike', '195'], ['air_strike', '195'], ['drone', '195'], ['warplane', '195'],
]);

/**
 * Words before a bombing that name its kind (codebook: 1831 suicide, 1832 car or other vehicle,
 * 1833 roadside). A suicide car bombing is a suicide bombing: "the suicide component takes
 * precedence" (1832), so the lowest code wins.
 */
const BOMBING_KINDS: ReadonlyMap<string, string> = new Map([
  ['suicide', '1831'], ['car', '1832'], ['truck', '1832'], ['vehicle', '1832'], ['bus', '1832'], ['roadside', '1833'], ['mine', '1833'], ['minefield', '1833'],
]);
/** How many words before a bombing may name its kind ("a suicide car bomb"). */
const KIND_REACH = 3;
/** How many words a phrase naming a means may run ("in a powerful suicide car bombing"). */
const MEANS_PHRASE = 7;
/** How many words a subject naming a means may run ("a roadside bomb planted by rebels outside the old market in Kunduz late on Friday"). */
const SUBJECT_REACH = 14;

/**
 * The CAMEO code of the means the noun at `k` names, sharpened by the words before it ("suicide
 * car bombing" 1831), or null when it names none.
 *
 * @example
 * meansCodeAt(view, 3) // '1833' for "a roadside bomb" with k at "bomb"
 */
export function meansCodeAt(view: SentenceView, k: number): string | null {
  const t = view.tokens;
  if (t.pos[k] !== 'NOUN' && t.pos[k] !== 'PROPN') return null;
  let code = MEANS_NOUNS.get(t.lemma[k]) ?? MEANS_NOUNS.get(t.lower[k]) ?? null;
  // "air strike": two words for one.
  if (code === null && t.lemma[k] === 'strike' && k - 1 >= view.first && t.lower[k - 1] === 'air') code = '195';
  if (code !== '183') return code;
  for (let j = k - 1; j >= view.first && j >= k - KIND_REACH; j--) {
    const kind = BOMBING_KINDS.get(t.lower[j]);
    if (kind !== undefined && (code === '183' || kind < code)) code = kind;
    else if (kind === undefined && t.pos[j] !== 'NOUN' && t.pos[j] !== 'ADJ' && t.lower[j] !== '-') break;
  }
  return code;
}

/**
 * "were killed in a suicide truck bombing", "killed by a roadside bomb": the code of the means a
 * passive act of force names in the phrase after it (from `from`), actor or not, or null.
 *
 * @example
 * meansAfter(view, 4) // '1831' for "were killed in a suicide truck bombing" with 4 after "killed"
 */
export function meansAfter(view: SentenceView, from: number): string | null {
  return meansPhraseAfter(view, from)?.code ?? null;
}

/** The means named in the phrase after a passive act of force, with the phrase's tokens `[start, end)`, or null. */
function meansPhraseAfter(view: SentenceView, from: number): { code: string; start: number; end: number } | null {
  const t = view.tokens;
  let k = from;
  while (k < view.end && k < from + 3 && !MEANS_PREPOSITIONS.has(t.lower[k]) && (t.pos[k] === 'ADV' || t.pos[k] === 'ADP')) k++;
  if (k >= view.end || !MEANS_PREPOSITIONS.has(t.lower[k])) return null;
  for (let j = k + 1; j < view.end && j <= k + MEANS_PHRASE; j++) {
    const pos = t.pos[j];
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'NUM' && pos !== 'PROPN' && t.lower[j] !== '-') return null;
    // The phrase's head: the last noun before anything else ("a car bomb explosion" is the explosion of a car bomb).
    const code = meansCodeAt(view, j);
    if (code !== null && !(j + 1 < view.end && (t.pos[j + 1] === 'NOUN' || t.lower[j + 1] === '-'))) return { code, start: k + 1, end: j + 1 };
  }
  return null;
}

/** Prepositions that introduce the means of a passive act of force. */
const MEANS_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'by', 'during']);

/**
 * "A roadside bomb killed 12 soldiers", "a suicide car bombing killed 20 policemen", "a bomb
 * planted by rebels killed 75": an act of force whose subject names its means is the attack by
 * that means (codebook 1831-1833, 193-195), by whoever the sentence says used it; the means' own
 * event (the nominal "bombing") is the same attack and is dropped. Acts coordinated with it ("and
 * wounded two others") share the subject and the means, and so does a participle after the clause
 * ("a car bomb exploded in the market, killing 12"). So is the means named after a passive act with
 * its victims ("were killed in a suicide truck bombing").
 *
 * @example
 * meansSubjects(view, found) // "a roadside bomb killed 12 soldiers": 1833 -> AFGMIL, not 190 and a bare 1833
 */
export function meansSubjects(view: SentenceView, found: readonly Found[]): Found[] {
  let out: Found[] | null = null;
  let drop: [number, number][] | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const code = f.match.pattern.code;
    if (f.cues.voice === 'passive' && f.target && code >= '18' && code < '21') {
      // "were killed in a suicide truck bombing": the bombing's own events are this attack (its code is the means' already).
      const phrase = meansPhraseAfter(view, f.trigger + 1);
      if (phrase) { out ??= [...found]; (drop ??= []).push([phrase.start, phrase.end]); }
      continue;
    }
    if (f.cues.voice !== 'active' || code < '18' || code >= '21' || !VERB_LIKE.has(view.tokens.pos[f.trigger])) continue;
    const subject = meansSubjectOf(view, f.trigger, out ?? found) ?? meansOfLeadClause(view, f.trigger, out ?? found);
    if (!subject) continue;
    const sharper = sharperForceCode(code, subject.code);
    if (sharper === null) continue;
    out ??= [...found];
    // The means' own event may name who used it ("a Taliban bombing"): the act's source then.
    const means = found.find((g) => g.cues.voice === 'nominal' && g.trigger >= subject.start && g.trigger < subject.end && g.source);
    const coded = recoded(f, sharper, 'rule:means as subject');
    out[i] = f.source || !means ? coded : { ...coded, source: means.source, cues: { ...coded.cues, sourceFound: 'subject' } };
    (drop ??= []).push([subject.start, subject.end]);
  }
  if (out === null) return [...found];
  const spans = drop ?? [];
  return out.filter((g) => !(g.cues.voice === 'nominal' && g.match.pattern.code >= '18' && g.match.pattern.code < '21'
    && spans.some(([s, e]) => g.trigger >= s && g.trigger < e)));
}

/** Tags of a verb of force ("wounded" after "and" may be tagged an adjective). */
const VERB_LIKE: ReadonlySet<string> = new Set(['VERB', 'ADJ']);

/**
 * The means named by the subject of the verb at `k` and the subject's token range, or null: the
 * subject must open its clause (the sentence, or after a comma or "that"), and only a participle
 * with its agent ("planted by rebels"), prepositional phrases, or an earlier act of force it also
 * did ("killed one soldier and") may stand between its head and the verb.
 */
function meansSubjectOf(view: SentenceView, k: number, found: readonly Found[]): { code: string; start: number; end: number } | null {
  const t = view.tokens;
  const end = verbGroup(t, k, view.first).start;
  let head = -1;
  let j = end - 1;
  let limit = end - SUBJECT_REACH;
  for (; j >= view.first && j >= limit; j--) {
    const pos = t.pos[j];
    if (pos === 'VERB') {
      const earlier = found.find((g) => g.trigger === j && g.match.pattern.code >= '18' && g.match.pattern.code < '21');
      const withAgent = j + 1 < end && t.lower[j + 1] === 'by';
      if (!earlier && !withAgent) return null;
      // The subject is that act's: its reach starts again there.
      if (earlier) { head = -1; limit = j - SUBJECT_REACH; }
      continue;
    }
    if (pos === 'PUNCT' && t.lower[j] !== '-') break;
    if (pos === 'SCONJ' || pos === 'PRON' || pos === 'AUX') break;
    if (meansCodeAt(view, j) !== null && !(j + 1 < end && t.pos[j + 1] === 'NOUN' && meansCodeAt(view, j + 1) !== null)) head = j;
  }
  if (head < 0) return null;
  // The subject opens its clause: the sentence's first word, or one after a comma or "that".
  const opens = j < view.first || t.lower[j] === ',' || t.lower[j] === 'that' || t.lower[j] === ';';
  if (!opens) return null;
  const code = meansCodeAt(view, head);
  return code === null ? null : { code, start: j + 1, end };
}

/** How far before a participle of force the verb of its clause may be ("exploded [in the market on Monday],"). */
const LEAD_REACH = 12;

/**
 * "A car bomb exploded in the market, killing 12": the means named by the subject of the clause a
 * participle of force (at `k`, right after a comma) describes the outcome of, or null.
 */
function meansOfLeadClause(view: SentenceView, k: number, found: readonly Found[]): { code: string; start: number; end: number } | null {
  const t = view.tokens;
  if (!t.lower[k].endsWith('ing') || k - 1 < view.first || t.lower[k - 1] !== ',') return null;
  for (let j = k - 2; j >= view.first && j >= k - LEAD_REACH; j--) {
    if (t.pos[j] === 'VERB') return meansSubjectOf(view, j, found);
    if (t.pos[j] === 'PUNCT' || t.pos[j] === 'SCONJ' || t.pos[j] === 'CCONJ') return null;
  }
  return null;
}

/** CAMEO's roadside bombing: its planters are rarely known, so its place stands as the source. */
const ROADSIDE_BOMBING = '1833';
/** The role of an armed force of unknown allegiance. */
const UNKNOWN_FORCE = 'UAF';

/**
 * "A roadside bomb killed two soldiers outside Kunduz": the codebook (1833) says reports of roadside
 * bombings "can rarely credibly identify the actors responsible for placing those explosives", so
 * the place of the attack is coded as the source, as an armed force of that country (IRQUAF). Only
 * for a roadside bombing with a target and no source, in a sentence that names a place.
 *
 * @example
 * withRoadsideSource(view, found) // 1833 none -> USAMIL as IRQUAF -> USAMIL
 */
export function withRoadsideSource(view: SentenceView, f: Found): Found {
  if (f.source || !f.target || f.match.pattern.code !== ROADSIDE_BOMBING || view.locatives.length === 0) return f;
  const place = view.locatives.find((l) => l.country !== '' && (l.tokens[1] <= f.target!.start || l.tokens[0] >= f.target!.end));
  if (!place) return f;
  const unit = placeUnit(view, place);
  const member: ActorMention = Object.freeze({ ...unit.members[0], code: `${place.country}${UNKNOWN_FORCE}`, roles: Object.freeze([UNKNOWN_FORCE]) });
  return { ...f, source: { ...unit, members: [member] }, cues: { ...f.cues, sourceFound: 'inherited' } };
}
