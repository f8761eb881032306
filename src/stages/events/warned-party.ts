import { isClauseBoundary } from './clause.js';
import type { Found } from './found.js';
import { unitAtToken, type ActorUnit, type SentenceView } from './sentence-view.js';

/** Verbs whose "that" clause may state what their subject's side will do to another. */
const WARNING_VERBS: ReadonlySet<string> = new Set(['warn', 'threaten']);
/** Roles of a state's own bodies: what they will do is what the state will do. */
const STATE_ROLES: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD']);
/** Pronouns by which a speaker names its own side ("warned that it would respond"). */
const OWN_SIDE: ReadonlySet<string> = new Set(['it', 'they', 'we', 'he', 'she']);
/** Auxiliaries that state an act to come. */
const TO_COME: ReadonlySet<string> = new Set(['will', 'would', 'shall', "'ll"]);
/** Tokens of the clause's predicate within which the party warned about is looked for. */
const PARTY_REACH = 10;

/**
 * "The security chief warned that police will not tolerate rallies by the opposition": a warning
 * (root 13) whose "that" clause says what the warner's own side (a state body, or "it"/"they")
 * will do is a threat against the party that clause names after its verb. The warning takes that
 * party as target when it has none (or only the clause's subject), and the clause's subject as
 * source when the warner is no known actor.
 *
 * @example
 * withWarnedParty(view, found) // target: the opposition, source: police
 */
export function withWarnedParty(view: SentenceView, f: Found): Found {
  const t = view.tokens;
  if (f.match.pattern.code.slice(0, 2) !== '13' || !WARNING_VERBS.has(t.lemma[f.trigger]) || f.cues.voice === 'nominal') return f;
  let k = f.trigger + 1;
  while (k < view.end && t.pos[k] === 'ADV') k++;
  if (k >= view.end || t.lower[k] !== 'that') return f;
  k++;
  let side: ActorUnit | null = null;
  if (k < view.end && OWN_SIDE.has(t.lower[k])) k++;
  else {
    if (k < view.end && t.pos[k] === 'DET') k++;
    side = unitAtToken(view, k);
    if (!side || !side.members.some((m) => m.roles.some((r) => STATE_ROLES.has(r)))) return f;
    k = side.end;
  }
  if (f.target && f.target !== side) return f;
  while (k < view.end && t.pos[k] === 'ADV') k++;
  if (k >= view.end || !TO_COME.has(t.lower[k])) return f;
  const party = partyAfter(view, k + 1, side);
  if (!party) return f;
  const source = f.source ?? side;
  if (source && sameMembers(source, party)) return f;
  return { ...f, source, target: party, cues: { ...f.cues, targetFound: 'object' } };
}

/** The first actor in the predicate that starts at `from`, other than `side`; null past its clause. */
function partyAfter(view: SentenceView, from: number, side: ActorUnit | null): ActorUnit | null {
  const t = view.tokens;
  for (let k = from; k < view.end && k < from + PARTY_REACH; k++) {
    if (t.lower[k] === ',' || isClauseBoundary(view, k)) return null;
    const u = unitAtToken(view, k);
    if (u && u !== side) return u;
  }
  return null;
}

/** True when two units name the same actors ("police ... the police"). */
function sameMembers(a: ActorUnit, b: ActorUnit): boolean {
  return a === b || a.members.every((m) => b.members.some((n) => n.code === m.code));
}
