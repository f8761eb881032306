import { recoded, type Found } from './found.js';
import { sharperForceCode } from './sharper-force.js';
import { unitAtToken, type ActorUnit, type SentenceView } from './sentence-view.js';

/**
 * Military weapons and the CAMEO code of an attack with them (codebook: 193 small arms, light
 * weapons and mortars; 194 artillery, tanks and rocket fire; 195 aerial weapons). Bombs are left
 * without a code: they may be makeshift (183) as well as dropped from the air.
 */
const WEAPON_CODES: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ['bomb', null], ['explosive', null], ['mine', null], ['device', null],
  ['missile', '194'], ['rocket', '194'], ['shell', '194'], ['artillery', '194'], ['tank', '194'], ['howitzer', '194'],
  ['mortar', '193'], ['grenade', '193'], ['bullet', '193'], ['gunfire', '193'], ['rifle', '193'],
  ['airstrike', '195'], ['drone', '195'], ['warplane', '195'], ['jet', '195'], ['helicopter', '195'],
]);
/** Verbs by which someone uses a weapon ("fired by", "launched by", "dropped by"). */
const USING: ReadonlySet<string> = new Set(['fire', 'launch', 'drop', 'throw', 'shoot', 'fly', 'operate', 'plant', 'set', 'detonate', 'lob']);
/** How far after the trigger the instrument's "by" may come ("blown up [over eastern Ukraine] by"). */
const BY_REACH = 7;
/** How many words the weapon's phrase may have ("a sophisticated surface-to-air missile"). */
const WEAPON_PHRASE = 9;

/**
 * "The airliner was blown up by a missile fired by rebels", "the convoy was hit by rockets
 * launched by militants": a passive act of force whose "by" names a weapon, not an actor, was
 * done by whoever used the weapon (the agent of "fired by", "launched by" after it, also with
 * "believed to be fired by"); an act of unconventional violence (root 18) done with a military
 * weapon is coded as the attack with that weapon (19x). Only when no source was found.
 *
 * @example
 * withWeaponAgent(view, found) // 194 REB -> MYSBUS instead of 183 none -> MYSBUS
 */
export function withWeaponAgent(view: SentenceView, f: Found): Found {
  const code = f.match.pattern.code;
  if (f.source || f.cues.voice !== 'passive' || code < '18' || code >= '21') return f;
  const t = view.tokens;
  let by = -1;
  for (let k = f.trigger + 1; k < view.end && k <= f.trigger + BY_REACH; k++) {
    if (t.lower[k] === 'by') { by = k; break; }
    if (t.lower[k] === ',' || t.pos[k] === 'VERB' || t.pos[k] === 'SCONJ') return f;
  }
  if (by < 0) return f;
  // The weapon's phrase: its modifiers (hyphenated compounds too), then the weapon noun.
  let weapon = -1;
  for (let j = by + 1; j < view.end && j <= by + WEAPON_PHRASE; j++) {
    if (unitAtToken(view, j)) return f;
    if (t.pos[j] === 'NOUN' && WEAPON_CODES.has(t.lemma[j]) && !(j + 1 < view.end && t.pos[j + 1] === 'NOUN')) { weapon = j; break; }
    if (!WEAPON_FILLER.has(t.pos[j])) return f;
  }
  if (weapon < 0) return f;
  const user = weaponUser(view, weapon + 1);
  if (!user || user === f.target) return f;
  const weaponCode = WEAPON_CODES.get(t.lemma[weapon]);
  const sharper = weaponCode ? sharperForceCode(code, weaponCode) : null;
  const coded = sharper !== null ? recoded(f, sharper, 'weapon') : f;
  return { ...coded, source: user, cues: { ...f.cues, sourceFound: 'agent' } };
}

/** Tags inside a weapon's phrase: "a sophisticated BAK surface - to - air missile". */
const WEAPON_FILLER: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PUNCT', 'ADP', 'PART']);

/** The actor after "fired by" (optionally "believed to be", "that was") from `from`, or null. */
function weaponUser(view: SentenceView, from: number): ActorUnit | null {
  const t = view.tokens;
  for (let k = from; k < view.end && k <= from + 5; k++) {
    if (t.pos[k] === 'VERB' && USING.has(t.lemma[k])) {
      if (t.lower[k + 1] !== 'by') return null;
      for (let j = k + 2; j < view.end && j <= k + 4; j++) {
        const u = unitAtToken(view, j);
        if (u) return u;
        // "by pro-Russia rebels": a modifier the actor's words leave out.
        if (t.pos[j] !== 'DET' && t.pos[j] !== 'ADJ' && t.pos[j] !== 'NUM' && t.pos[j] !== 'PROPN') return null;
      }
      return null;
    }
    // "believed to be fired", "that was fired", "reportedly fired": only such words between.
    if (!WEAPON_USE_LEAD.has(t.lower[k])) return null;
  }
  return null;
}

/** Words that may stand between a weapon and the verb of its use. */
const WEAPON_USE_LEAD: ReadonlySet<string> = new Set(['believed', 'thought', 'said', 'suspected', 'alleged', 'reported', 'to', 'be', 'have', 'been', 'that', 'which', 'was', 'were', 'reportedly', 'apparently', 'allegedly', 'probably', 'likely']);
