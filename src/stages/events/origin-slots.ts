import type { ActorMention } from '../../core/actor.js';
import { verbGroup } from './arguments.js';
import { isClauseBoundary } from './clause.js';
import type { Found } from './found.js';
import { isBareCountry, placeUnit, sameCountry, unitAtToken, type ActorUnit, type SentenceView } from './sentence-view.js';

/** Roots of force and its display (15, 18-20): "from" names where the force came from, never whom it hit. */
const FORCE_ROOTS: ReadonlySet<string> = new Set(['15', '18', '19', '20']);
/** Roots of intended and done yielding (03, 08): "from" names what is left, given up or evacuated. */
const DEPARTURE_ROOTS: ReadonlySet<string> = new Set(['03', '08']);
/** Tokens after a trigger within which its "from" phrase is looked for. */
const FROM_REACH = 9;
/** Words that may stand between "from" and the actor it introduces ("from the Gaza Strip", "from Syrian territory"). */
const FROM_FILLER: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

/**
 * The actor that "from" at token `from` introduces ("from Gaza", "from the Gaza Strip"), over
 * determiners and adjectives only; null when none does.
 */
function unitAfterFrom(view: SentenceView, from: number): ActorUnit | null {
  const t = view.tokens;
  for (let j = from + 1; j < view.end && j <= from + 3; j++) {
    const u = unitAtToken(view, j);
    if (u) return u.start === j ? u : null;
    if (!FROM_FILLER.has(t.pos[j])) return null;
  }
  return null;
}

/** The unit "from" right before it introduces: true for "from Syria" and "from the Syrian army". */
function followsFrom(view: SentenceView, unit: ActorUnit): boolean {
  const t = view.tokens;
  for (let k = unit.start - 1; k >= view.first && k >= unit.start - 3; k--) {
    if (t.lower[k] === 'from') return true;
    if (!FROM_FILLER.has(t.pos[k])) return false;
  }
  return false;
}

/** The first actor a "from" after `trigger` introduces in its clause (inside an actor's phrase too when `insidePhrases`), or null. */
function fromUnitAfter(view: SentenceView, trigger: number, skip: ActorUnit | null, insidePhrases: boolean): ActorUnit | null {
  const t = view.tokens;
  for (let k = trigger + 1; k < view.end && k <= trigger + FROM_REACH; k++) {
    if (t.lower[k] === ',' || isClauseBoundary(view, k)) return null;
    if (t.lower[k] !== 'from') continue;
    // "forces from Panama" as one phrase: its place is what they leave, though not where force comes from.
    const inside = unitAtToken(view, k) !== null;
    if (inside && !insidePhrases) continue;
    const u = inside ? placeInsidePhrase(view, k) : unitAfterFrom(view, k);
    if (u && u !== skip) return u;
  }
  return null;
}

/**
 * "Rockets fired from Gaza struck": the actor of a "from" phrase inside the subject noun phrase,
 * between the verb group of `trigger` and the clause's start; null when another actor or a clause
 * boundary comes first.
 */
function fromUnitBefore(view: SentenceView, trigger: number): ActorUnit | null {
  const t = view.tokens;
  const start = verbGroup(t, trigger, view.first).start;
  for (let k = start - 1; k >= view.first && k >= start - FROM_REACH; k--) {
    if (t.lower[k] === ',' || isClauseBoundary(view, k)) return null;
    const u = unitAtToken(view, k);
    if (!u) continue;
    if (!followsFrom(view, u)) return null;
    return u;
  }
  return null;
}

/**
 * "Rockets fired from Gaza struck Israeli towns", "shelling from Syria killed two soldiers", "rockets
 * were fired from Gaza": an act of force (roots 15, 18-20) with no source takes as its source the
 * place (or actor) it came from. An actor found as its target after "from" is that origin, not
 * the one hit. Only with "from", and only when no source was found.
 *
 * @example
 * withOriginSource(view, found) // source: Gaza (PSE), for "Rockets fired from Gaza struck Israeli towns"
 */
export function withOriginSource(view: SentenceView, f: Found): Found {
  if (f.source || !FORCE_ROOTS.has(f.match.pattern.code.slice(0, 2))) return f;
  if (f.target && followsFrom(view, f.target) && f.target.start > f.trigger) {
    return { ...f, source: f.target, target: null, cues: { ...f.cues, sourceFound: 'agent', targetFound: 'none' } };
  }
  const before = f.cues.voice === 'active' ? fromUnitBefore(view, f.trigger) : null;
  // "shelling from Syria": an event noun's origin follows it at once ("invasion forces from Panama" name no origin).
  const after = f.cues.voice !== 'nominal' || view.tokens.lower[f.trigger + 1] === 'from' ? fromUnitAfter(view, f.trigger, f.target, false) : null;
  const origin = before ?? after;
  if (!origin || origin === f.target || sameCountry(origin, f.target)) return f;
  return { ...f, source: origin, cues: { ...f.cues, sourceFound: 'agent' } };
}

/**
 * "withdrew its troops from Lebanon", "the withdrawal of its forces from Panama": a yielding act
 * (roots 03, 08) with no target takes the place (or actor) it leaves after "from" as its target,
 * unless that is the source's own country; after a verb of leaving, also the place its object is
 * in ("will evacuate all settlements in the Gaza Strip").
 *
 * @example
 * withDepartureTarget(view, found) // target: Panama (PAN), for "the withdrawal of its forces from Panama"
 */
export function withDepartureTarget(view: SentenceView, f: Found): Found {
  if (f.target || !DEPARTURE_ROOTS.has(f.match.pattern.code.slice(0, 2))) return f;
  const left = fromUnitAfter(view, f.trigger, f.source, true) ?? (DEPARTING.has(view.tokens.lemma[f.trigger]) ? placeInAfter(view, f.trigger) : null);
  if (!left || sameCountry(left, f.source)) return f;
  return { ...f, target: left, cues: { ...f.cues, targetFound: 'object' } };
}

/**
 * "invasion forces from Panama", coded as one phrase: the country of the actor named after its
 * "from" at `from`, as a place of its own (its words only, no roles); null when it names none.
 */
function placeInsidePhrase(view: SentenceView, from: number): ActorUnit | null {
  const phrase = unitAtToken(view, from);
  const named = phrase?.members.find((m) => m.tokens[0] > from && m.country !== null);
  if (!named || named.country === null) return null;
  const place: ActorMention = Object.freeze({ ...named, code: named.country, roles: Object.freeze([]), name: null, group: null });
  return { start: named.tokens[0], end: named.tokens[1], members: [place] };
}

/** Verbs of leaving a place, whose object's place ("settlements in Gaza", "its troops in Moldova") is the one left. */
const DEPARTING: ReadonlySet<string> = new Set(['withdraw', 'evacuate', 'dismantle', 'pull', 'remove']);

/**
 * "evacuate all settlements in the Gaza Strip": a country or capital named as a place after "in"
 * within the object of `trigger`, as a place of its own; null past the clause.
 */
function placeInAfter(view: SentenceView, trigger: number): ActorUnit | null {
  const t = view.tokens;
  const place = view.locatives.find((l) => l.tokens[0] > trigger && l.tokens[0] <= trigger + FROM_REACH);
  if (!place) return placeUnitInAfter(view, trigger);
  let k = place.tokens[0] - 1;
  if (t.pos[k] === 'DET') k--;
  if (t.lower[k] !== 'in') return null;
  for (let j = trigger + 1; j < k; j++) if (t.lower[j] === ',' || isClauseBoundary(view, j)) return null;
  return placeUnit(view, place);
}

/** "settlements in the Gaza Strip" with the place coded as an actor: that actor, when it is a bare country. */
function placeUnitInAfter(view: SentenceView, trigger: number): ActorUnit | null {
  const t = view.tokens;
  for (let k = trigger + 1; k < view.end && k <= trigger + FROM_REACH; k++) {
    if (t.lower[k] === ',' || isClauseBoundary(view, k)) return null;
    if (t.lower[k] !== 'in') continue;
    const u = unitAfterFrom(view, k);
    return u && isBareCountry(u) ? u : null;
  }
  return null;
}
