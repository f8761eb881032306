import { recoded, type Found } from './found.js';
import { unitAtToken, type ActorUnit, type SentenceView } from './sentence-view.js';

/** CAMEO's appeal for diplomatic cooperation, and its "rally support on behalf of" a third party. */
const APPEAL_FOR_SUPPORT = '022';
const RALLY_SUPPORT = '053';
/** Verbs of backing a party. */
const BACKING = new Set(['support', 'back']);
/** Words between "to support" and the party supported ("to support [the new] government"). */
const BENEFICIARY_REACH = 3;

/**
 * "The Arab League urged the EC to support the PLO" (053, Arab League -> PLO): asking others to
 * back a third party rallies support on its behalf, toward that party; asking them to back the
 * speaker itself ("urged Chile to back its candidacy") stays an appeal for cooperation (022).
 *
 * @example
 * ralliedSupport(view, found) // the 022 of "urged the EC to support the PLO" as 053 with target the PLO
 */
export function ralliedSupport(view: SentenceView, found: readonly Found[]): Found[] {
  let out: Found[] | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.match.pattern.code !== APPEAL_FOR_SUPPORT || f.cues.voice === 'nominal' || !f.source) continue;
    // Asking others to recognise a party is an appeal for that diplomatic act: only backing rallies support.
    const last = f.match.literalTokens[f.match.literalTokens.length - 1];
    if (last === undefined || !BACKING.has(view.tokens.lemma[last])) continue;
    const party = partyAt(view, f.match.end);
    if (!party || sameCountry(party, f.source) || sameCountry(party, f.target)) continue;
    out ??= [...found];
    out[i] = { ...recoded(f, RALLY_SUPPORT, 'rule:rally support for a third party'), target: party, cues: { ...f.cues, targetFound: 'object' } };
  }
  return out ?? [...found];
}

/** The actor whose phrase starts at `k`, over a few determiners and adjectives. */
function partyAt(view: SentenceView, k: number): ActorUnit | null {
  const t = view.tokens;
  for (let j = k; j < view.end && j < k + BENEFICIARY_REACH; j++) {
    const u = unitAtToken(view, j);
    if (u) return u;
    if (t.pos[j] !== 'DET' && t.pos[j] !== 'ADJ') return null;
  }
  return null;
}

/** True when the two actors share a country (or are one). */
function sameCountry(a: ActorUnit, b: ActorUnit | null): boolean {
  if (!b) return false;
  if (a === b) return true;
  const countries = new Set(b.members.map((m) => m.country ?? m.code.slice(0, 3)));
  return a.members.some((m) => countries.has(m.country ?? m.code.slice(0, 3)));
}
