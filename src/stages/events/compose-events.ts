import { prepositionBeforePlace } from '../actors/place-lead.js';
import type { ActorMention } from '../../core/actor.js';
import { findSubject, verbGroup } from './arguments.js';
import type { EventLexicon } from './code-sentence.js';
import { COMMISSIVE, isCooperative } from './expand-event.js';
import { cuesOf, recoded, ruleFound, type Found } from './found.js';
import type { PatternMatch } from './match-pattern.js';
import { CLAIMED_ACCUSATION, CLAIMED_RESPONSIBILITY, CONSIDERED_OPTION, MUST_DEMAND, claimingVerb } from './sentence-rules.js';
import { placeUnit, standsFor, type ActorUnit, type SentenceView } from './sentence-view.js';

/** "claimed responsibility for the attack on the mall in Kenya": the claim targets who the act targeted. */
export function responsibilityTargets(found: Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.match.pattern.code !== '015' || f.target) continue;
    const act = found.find((g) => g.trigger > f.trigger && g.trigger <= f.match.end + 3 && g.match.pattern.code >= '18' && g.target);
    if (act) found[i] = { ...f, target: act.target, cues: { ...f.cues, targetFound: 'object' } };
  }
}

/**
 * "France claimed that al-Shabaab had shelled Kenya" (112, France -> al-Shabaab), "the militia
 * claimed that it had attacked the base" (015, the militia -> the base): a speaker who claims an act of force accuses
 * its actor, or, when it is the actor, claims responsibility. The claim is the event: the acts
 * claimed are returned apart (`acts`) for the caller to drop.
 */
export function claimedActs(view: SentenceView, found: readonly Found[], lex: EventLexicon): { claims: Found[]; acts: Found[] } {
  const out: Found[] = [];
  const acts: Found[] = [];
  for (const f of found) {
    if (f.match.pattern.code < '13' || !f.source || f.cues.voice === 'nominal') continue;
    const v = claimingVerb(view, f.trigger);
    // "claimed (that) ISIL had attacked": the act's clause follows the claim; "maintained a blockade ... since X seized" is no claim.
    if (v < 0 || !(view.tokens.lower[v + 1] === 'that' || f.source.start === v + 1)) continue;
    const speaker = findSubject(view, v, lex.cues).unit;
    if (!speaker) continue;
    const own = standsFor(f.source, speaker);
    if (out.some((o) => o.source === speaker && o.match.pattern === (own ? CLAIMED_RESPONSIBILITY : CLAIMED_ACCUSATION))) continue;
    const target = own ? f.target : f.source;
    if (!target) continue;
    acts.push(f);
    out.push(ruleFound(view, own ? CLAIMED_RESPONSIBILITY : CLAIMED_ACCUSATION, v, speaker, target, 'object'));
  }
  return { claims: out, acts };
}

/** "was urged by Chile to release": a passive whose by-agent ends right before the complement's "to". */
function byAgentEndsAt(g: Found, to: number): boolean {
  return g.cues.voice === 'passive' && g.source !== null && g.source.end === to && g.target !== null && g.target.end <= g.trigger;
}

/** Roots whose verbs take a "to" complement that says what is appealed for, demanded or threatened. */
const SHELL_ROOTS = new Set(['02', '10', '13']);

/**
 * "urged Iran to release the sailors" (0253), "threatened to impose sanctions" (1312): an appeal,
 * demand or threat whose complement was coded takes the subcode for what the complement does
 * (data/events/shell-codes.tsv), and the target of either; the complement itself only may happen.
 */
export function composeShells(view: SentenceView, found: readonly Found[], lex: EventLexicon): Found[] {
  const t = view.tokens;
  const out = [...found];
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    if (f.cues.voice === 'nominal') continue;
    let to = f.trigger - 1;
    while (to > view.first && t.pos[to] === 'ADV') to--;
    const byTo = to > view.first && t.lower[to] === 'to'
      ? out.findIndex((g) => g !== f && g.trigger < to && SHELL_ROOTS.has(g.match.pattern.code.slice(0, 2))
        && (g.match.literalTokens.includes(to) || g.match.end === to || byAgentEndsAt(g, to)))
      : -1;
    // "demanded that the EU refuse to recognize": a that-clause whose verb has its own "to".
    const inClause = byTo < 0;
    const s = inClause ? thatShellOf(view, out, f) : byTo;
    if (s < 0) continue;
    const shell = out[s];
    if (inClause && f.refused) {
      // "demanded that the EU refuse to recognize X": a refusal asked for is no refusal made, nor an act asked for.
      out[i] = { ...f, refused: false, modality: 'hypothetical' };
      continue;
    }
    const code = lex.shells.shellCodeOf(shell.match.pattern.code.slice(0, 2), f.match.pattern.code);
    if (!code) {
      // "demanded that its partners refuse to recognize X": what is demanded in a clause has not happened.
      if (inClause) out[i] = { ...f, modality: f.modality === 'negated' ? 'negated' : 'hypothetical' };
      continue;
    }
    // "demanded that Israel ease the restrictions": the demand is made of the clause's subject.
    const obliged = inClause ? f.source : f.target;
    out[s] = { ...recoded(shell, code, f.match.pattern.id), target: shell.target ?? obliged };
    out[i] = { ...f, modality: f.modality === 'negated' ? 'negated' : 'hypothetical' };
  }
  return out;
}

/** Possessives that may open the subject of a that-clause. */
const CLAUSE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our']);

/** Words between the subject of a that-clause and its verb: "that Israel [should] ease", "that the US [immediately] lift". */
const THAT_CLAUSE_REACH = 3;

/**
 * "demanded that Israel ease the restrictions", "its demand that the US lift sanctions", "said the
 * US must lift sanctions": the shell (an appeal, demand or threat whose pattern ends in a word
 * right before `f`'s subject, or a demand read from "must" between that subject and `f`) of
 * which `f` is the act asked for; the index of the shell in `found`, or -1.
 */
function thatShellOf(view: SentenceView, found: readonly Found[], f: Found): number {
  const subject = f.source;
  if (!subject || f.trigger < subject.end || f.trigger - subject.end > THAT_CLAUSE_REACH) return -1;
  // "demanded that its partners refuse": a determiner may open the subject's phrase.
  let that = subject.start - 1;
  if (that > view.first && (view.tokens.pos[that] === 'DET' || CLAUSE_DETERMINERS.has(view.tokens.lower[that]))) that--;
  if (that <= view.first) return -1;
  return found.findIndex((g) => g !== f && ((g.trigger < that && SHELL_ROOTS.has(g.match.pattern.code.slice(0, 2))
    && g.match.literalTokens.includes(that)) || (g.match.pattern === MUST_DEMAND && g.trigger >= subject.end && g.trigger < f.trigger)));
}

/**
 * "pledged to expel", "agreed to lift": a generic intent pattern (root 03, ending in "to") is a
 * shell around the more specific event of its complement, which already carries the intent as
 * its modality; the shell is dropped when the complement was coded.
 */
export function dropIntentShells(view: SentenceView, found: readonly Found[], lex: EventLexicon): Found[] {
  const t = view.tokens;
  const shells = new Set<number>();
  for (const f of found) {
    if (f.cues.voice === 'nominal') continue;
    const group = verbGroup(t, f.trigger, view.first);
    if (group.controlToken < 0) continue;
    const shell = found.find((g) => g.trigger === group.controlToken);
    if (!shell) continue;
    // "agreed to lift the ban": a bare commissive verb ("030 agree") around a cooperative act, which becomes the intent itself.
    const intentShell = shell.match.pattern.code.startsWith('03') && (shell.match.literalTokens.includes(group.controlToken + 1)
      || (COMMISSIVE.has(group.control ?? '') && isCooperative(f.match.pattern.code) && lex.intents.intentOf(f.match.pattern.code) !== null));
    const refusalShell = shell.match.pattern.code.startsWith('12') && f.refused === true && isCooperative(f.match.pattern.code);
    if (intentShell || refusalShell) shells.add(shell.trigger);
  }
  return shells.size === 0 ? [...found] : found.filter((f) => !shells.has(f.trigger));
}

/** Tokens a protest and the demand that states its aim may lie apart ("rallied in the capital on Friday to demand"). */
const AIM_REACH = 12;
/** Codes that name a protest's aim: appeals and demands for reform (024x, 104x), protests with a known aim (14x1-14x4). */
const AIM_CODE = /^(?:(?:024|104)[1-4]?|14[1-5][1-4])$/;

/**
 * "Students staged a rally to demand the minister's resignation" (1411), "began a hunger strike to
 * protest the court's decision" (1422): a protest of an unspecified aim (141-145) followed in its
 * sentence by an appeal or demand for political reform (024x, 104x), or by a protest whose aim is
 * known (14x1-14x4), takes the subcode of that aim:
 * leadership change, policy change, rights, or institutions and regime; reform with no finer aim
 * (024, 104) counts as policy change. The demand stays coded.
 */
export function protestAims(view: SentenceView, found: readonly Found[]): Found[] {
  return found.map((f) => {
    const code = f.match.pattern.code;
    if (code.length !== 3 || code < '141' || code > '145') return f;
    const aim = found.find((g) => g.trigger > f.trigger && g.trigger - f.trigger <= AIM_REACH && g.trigger < view.end
      && AIM_CODE.test(g.match.pattern.code));
    if (!aim) return f;
    // Political reform demanded with no finer aim is a change of policy ("to demand political reforms").
    return recoded(f, code + (aim.match.pattern.code.slice(3) || '2'), aim.match.pattern.id);
  });
}

/** Tokens a demand and the act it names may lie apart ("the key demands of Tehran at the talks would be the release of"). */
const DEMAND_REACH = 14;

/**
 * "Among Tehran's demands is the release of the five Iranians detained by US forces" (1053,
 * Tehran -> US forces): a nominal demand linked by "be" to a nominal act takes the subcode for
 * that act (data/events/shell-codes.tsv) and, as its target, who must perform it: for a release,
 * whoever holds the people released (the actor of their arrest or detention in the same
 * sentence). The demanded act itself has not happened: it becomes hypothetical.
 */
export function nominalDemands(view: SentenceView, found: readonly Found[], lex: EventLexicon): Found[] {
  const out = [...found];
  for (let i = 0; i < out.length; i++) {
    const demand = out[i];
    if (demand.cues.voice !== 'nominal' || demand.target || !demand.match.pattern.code.startsWith('10')) continue;
    const a = out.findIndex((g) => g.cues.voice === 'nominal' && g.trigger > demand.trigger && g.trigger - demand.trigger <= DEMAND_REACH
      && !g.match.pattern.code.startsWith('10') && linkedByBe(view, demand.trigger, g.trigger));
    if (a < 0) continue;
    const act = out[a];
    const code = lex.shells.shellCodeOf('10', act.match.pattern.code);
    if (!code) continue;
    const target = act.match.pattern.code.startsWith('084') ? holderOf(out, act) : act.source;
    out[i] = { ...recoded(demand, code, act.match.pattern.id), target: target ?? demand.target, cues: target ? { ...demand.cues, targetFound: 'pattern' } : demand.cues };
    out[a] = { ...act, modality: act.modality === 'negated' ? 'negated' : 'hypothetical' };
  }
  return out;
}

/** True when a form of "be" joins two nominal triggers with no sentence-internal break between them. */
function linkedByBe(view: SentenceView, from: number, to: number): boolean {
  const t = view.tokens;
  let be = false;
  for (let k = from + 1; k < to; k++) {
    const w = t.lower[k];
    if (w === ';' || w === ':' || w === '.' || w === '"') return false;
    if (t.lemma[k] === 'be') be = true;
  }
  return be;
}

/** Tokens between the people released and a participle that says who holds them ("Turkish engineers detained by"). */
const HELD_REACH = 2;

/**
 * Who holds the people a release frees: the source of an arrest or detention (root 17) of the
 * same people, or of a participle right after them ("the engineers detained by militias").
 */
function holderOf(found: readonly Found[], release: Found): ActorUnit | null {
  const freed = release.target;
  if (!freed) return null;
  const held = found.find((g) => g !== release && g.match.pattern.code.startsWith('17') && g.source
    && (g.target ? g.target.start === freed.start && g.target.end === freed.end : g.trigger >= freed.end && g.trigger - freed.end <= HELD_REACH));
  return held?.source ?? null;
}

/** Roots whose events act on the place where they happen: inquiries, threats, protest, force posture, coercion, violence. */
const PLACE_TARGET_ROOTS = new Set(['09', '13', '14', '15', '17', '18', '19', '20']);
/** "expressed sorrow for the shootings in South Carolina": sympathy goes to the people of the place it names. */
const EMPATHY = '018';

/**
 * "Activists staged a protest in Beijing", "troops shelled villages in Syria": with no actor as
 * target, a protest or use of force acts on the country where it happens, the source's own
 * included ("Kurds demonstrated in Kirkuk" is Iraqis against Iraq), though a foreign place comes
 * first. The place must be a scene (a dateline, or after "in", "near", "into", "from"...): a
 * country-named body elsewhere ("rejected a U.S. court ruling") is none.
 */
export function withPlaceTarget(view: SentenceView, f: Found): Found {
  if (!PLACE_TARGET_ROOTS.has(f.match.pattern.code.slice(0, 2)) && f.match.pattern.code !== EMPATHY) return f;
  const placed = withPlace(view, f);
  return placed.target || !f.match.pattern.code.startsWith('14') ? placed : withOwnStateTarget(view, f);
}

/**
 * "Egyptian demonstrators rioted", "Serbian workers marched": a protest told by its verb that names
 * no one it is against, nor a place, is against its protesters' own state. Only for protesters of a
 * known country and a role that is not the state's own (a bare country protests against no one).
 */
function withOwnStateTarget(view: SentenceView, f: Found): Found {
  const source = f.source;
  // A protest only named ("condemned a protest by farmers") or told in a relative clause
  // ("farmers who stormed a court") is a topic of the sentence; one its main verb tells is an act.
  if (!source || source.members.length !== 1 || f.cues.voice === 'nominal') return f;
  const before = verbGroup(view.tokens, f.trigger, view.first).start - 1;
  if (before >= view.first && RELATIVE_WORDS.has(view.tokens.lower[before])) return f;
  const m = source.members[0];
  // The state's own bodies and forces ("troops blocked the roads") are not protesting against it.
  if (m.country === null || m.roles.length === 0 || m.roles.some((r) => OWN_STATE_ROLES.has(r))) return f;
  const member: ActorMention = Object.freeze({ ...m, code: m.country, roles: Object.freeze([]), name: null, evidence: 'dictionary', group: null });
  return { ...f, target: { start: source.start, end: source.end, members: [member] }, cues: { ...f.cues, targetFound: 'object' } };
}

function withPlace(view: SentenceView, f: Found): Found {
  if (f.target || view.locatives.length === 0) return f;
  const sourceCountries = new Set((f.source?.members ?? []).map((m) => m.country));
  const scenes = view.locatives.filter((l) => isScene(view, l.tokens[0]));
  const place = scenes.find((l) => !sourceCountries.has(l.country)) ?? scenes[0];
  if (!place) return f;
  return { ...f, target: placeUnit(view, place), cues: { ...f.cues, targetFound: 'object' } };
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'that']);
const OWN_STATE_ROLES: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/** Prepositions that put an act in a place: "protested in Kirkuk", "withdrew from Panama". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'around', 'within', 'into', 'to', 'from']);

/**
 * The place at token `k` is where something happens: a dateline ("KYIV, May 2 -") or a name
 * after a place preposition, perhaps with an article between ("in the Gaza Strip").
 */
function isScene(view: SentenceView, k: number): boolean {
  const t = view.tokens;
  if (k === view.first) return true;
  let p = k - 1;
  if (p >= view.first && t.pos[p] === 'DET') p--;
  if (p >= view.first && PLACE_PREPOSITIONS.has(t.lower[p])) return true;
  // "in the northern city of Kirkuk", "in the capital Algiers".
  const prep = prepositionBeforePlace(t, k, view.first);
  return prep >= 0 && PLACE_PREPOSITIONS.has(t.lower[prep]);
}

/** Verbs by which an authority decides an act of its own: approving it is doing it. */
const APPROVING = new Set(['approve', 'authorize', 'authorise', 'greenlight', 'okay', 'endorse']);
/** Tokens between an approving verb and the event noun it governs ("approved [the planned] extradition"). */
const APPROVED_REACH = 4;

/**
 * "A court approved the extradition of the former president" (063), "the cabinet approved the
 * deployment of peacekeepers" (074): a bare approval (root 05) whose object is a coded event noun
 * yields to that act, which the approving actor decides; the noun takes the approver as its
 * source when it names none. A verb between the two ends the object.
 */
export function approvedActs(view: SentenceView, found: readonly Found[]): Found[] {
  const t = view.tokens;
  let out: Found[] | null = null;
  for (const f of found) {
    if (f.cues.voice === 'nominal' || !f.match.pattern.code.startsWith('05') || !APPROVING.has(t.lemma[f.trigger])) continue;
    const act = found.find((g) => g.cues.voice === 'nominal' && g.trigger > f.trigger && g.trigger - f.trigger <= APPROVED_REACH
      && !g.match.pattern.code.startsWith('05') && noVerbBetween(view, f.trigger, g.trigger));
    if (!act) continue;
    out ??= [...found];
    const i = out.indexOf(act);
    if (i >= 0 && !act.source && f.source) out[i] = { ...act, source: f.source, cues: { ...act.cues, sourceFound: f.cues.sourceFound } };
    out = out.filter((g) => g !== f);
  }
  return out ?? [...found];
}

function noVerbBetween(view: SentenceView, from: number, to: number): boolean {
  const t = view.tokens;
  for (let k = from + 1; k < to; k++) if (t.pos[k] === 'VERB' || t.pos[k] === 'AUX' || t.lower[k] === ',') return false;
  return true;
}

/** Verbs of weighing a policy option, whose gerund object is only considered ("is considering sending aid"). */
const CONSIDERING = new Set(['consider', 'contemplate', 'mull', 'weigh', 'study', 'explore', 'discuss', 'debate', 'ponder']);

/**
 * "Japan is considering sending aid to Peru" (014, Japan -> Peru): an act named by the gerund
 * object of a verb of considering has not happened; considering it is CAMEO's "consider policy
 * option", from the considering verb's subject (or the act's own source) to the act's target,
 * which replaces the act.
 */
export function consideredActs(view: SentenceView, found: readonly Found[], lex: EventLexicon): Found[] {
  const t = view.tokens;
  let out: Found[] | null = null;
  const dropped: Found[] = [];
  for (const f of found) {
    if (f.cues.voice === 'nominal' || !t.lower[f.trigger].endsWith('ing')) continue;
    let c = f.trigger - 1;
    while (c > view.first && t.pos[c] === 'ADV') c--;
    if (c < view.first || t.pos[c] !== 'VERB' || !CONSIDERING.has(t.lemma[c])) continue;
    const source = f.source ?? findSubject(view, c, lex.cues).unit;
    out ??= [...found];
    const target = f.target;
    // The act itself is only an option: the consideration replaces it.
    dropped.push(f);
    if (hasTrigger(out, c, c)) continue;
    const match: PatternMatch = { pattern: CONSIDERED_OPTION, end: c + 1, literalTokens: [], target, source, targetUnknown: false, targetStart: -1, literals: 0 };
    out.push({ trigger: c, match, source, target, modality: 'asserted',
      cues: cuesOf(view, 'active', match, source ? 'subject' : 'none', target ? 'object' : 'none', c, source, target) });
  }
  // "is considering leaving the alliance": an option named by a gerund no pattern codes.
  for (let c = view.first; c + 1 < view.end; c++) {
    if (t.pos[c] !== 'VERB' || !CONSIDERING.has(t.lemma[c]) || !t.lower[c].endsWith('ing') && !t.lower[c].endsWith('s') && !t.lower[c].endsWith('ed')) continue;
    let g = c + 1;
    while (g < view.end && t.pos[g] === 'ADV') g++;
    // wink-nlp tags some gerunds ("giving") as adjectives or nouns.
    if (g >= view.end || (t.pos[g] !== 'VERB' && t.pos[g] !== 'ADJ' && t.pos[g] !== 'NOUN') || !t.lower[g].endsWith('ing') || hasTrigger(out ?? found, c, g)) continue;
    const source = findSubject(view, c, lex.cues).unit;
    const match: PatternMatch = { pattern: CONSIDERED_OPTION, end: c + 1, literalTokens: [], target: null, source, targetUnknown: false, targetStart: -1, literals: 0 };
    out ??= [...found];
    out.push({ trigger: c, match, source, target: null, modality: 'asserted', cues: cuesOf(view, 'active', match, source ? 'subject' : 'none', 'none', c, source, null) });
  }
  return out ? out.filter((g) => !dropped.includes(g)) : [...found];
}


/**
 * Whether an event of `found` has trigger `a` or `b`. (A plain function: a closure over a loop's
 * variable would make V8 allocate that variable's scope on every turn of the loop.)
 */
function hasTrigger(found: readonly Found[], a: number, b: number): boolean {
  for (const f of found) if (f.trigger === a || f.trigger === b) return true;
  return false;
}

/**
 * "France condemned the attacks in Tehran", "Chile is optimistic about the talks with Peru": an
 * event noun inside the words a verbal event matched (its pattern and target phrase) is that
 * event's argument, not the sentence's main event: it is marked as a complement.
 */
export function nestedNominals(found: Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const g = found[i];
    if (g.cues.voice !== 'nominal' || g.cues.clause === 'complement') continue;
    const host = found.find((f) => f.cues.voice !== 'nominal' && f.trigger < g.trigger
      && g.trigger < Math.max(f.match.end, f.target ? f.target.end : 0));
    if (host) found[i] = { ...g, cues: { ...g.cues, clause: 'complement' } };
  }
}

/** Deploying forces (150 demonstrate power, 152 troops, 154 mobilise forces): on a peacekeeping mission, peacekeeping. */
const DEPLOYING = /^15[024]/;
/** Verbs of arriving that the visit patterns (042) code. */
const ARRIVING = new Set(['arrive', 'land', 'reach']);

/** What the peacekeeping pair's pattern ids record of the rule that made them. */
const PEACEKEEPERS_ARRIVE = 'rule:peacekeepers arrive';

/**
 * "Peacekeepers from Nepal arrived in Mali" is no visit: troops arriving on a peacekeeping mission
 * are CAMEO's linked pair "provide peacekeeping" (074, the troops to the country) and "receive
 * deployment of peacekeepers" (0861, the country from the troops). A visit by arrival (042) or a
 * deployment of forces (150, 152, 154) becomes that pair when its sentence names peacekeeping.
 */
export function arrivingPeacekeepers(view: SentenceView, found: Found[]): Found[] {
  const t = view.tokens;
  // Most sentences have no arrival or deployment: the sentence is searched for peacekeeping only when one does.
  if (!found.some((f) => DEPLOYING.test(f.match.pattern.code) || (f.match.pattern.code.startsWith('042') && ARRIVING.has(t.lemma[f.trigger])))) return found;
  let peacekeeping = false;
  for (let k = view.first; k < view.end && !peacekeeping; k++) if (t.lower[k].startsWith('peacekeep')) peacekeeping = true;
  if (!peacekeeping) return found;
  const out: Found[] = [];
  for (const f of found) {
    const code = f.match.pattern.code;
    const arriving = code.startsWith('042') && ARRIVING.has(t.lemma[f.trigger]);
    if (!arriving && !DEPLOYING.test(code)) { out.push(f); continue; }
    const provide = withPlace(view, recoded(f, '074', PEACEKEEPERS_ARRIVE));
    out.push(provide);
    if (provide.target) {
      const received = recoded(provide, '0861', PEACEKEEPERS_ARRIVE);
      out.push({ ...received, source: provide.target, target: provide.source,
        cues: { ...received.cues, sourceFound: provide.cues.targetFound === 'pattern' ? 'pattern' : 'subject', targetFound: provide.source ? 'object' : 'none' } });
    }
  }
  return out;
}

