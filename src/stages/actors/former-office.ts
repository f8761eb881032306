import { actorCode, type ActorMention } from '../../core/actor.js';
import type { TokenTable } from '../../core/tokens.js';

/** Words that say an office is held no more: "former", "ousted", "deposed", "exiled". */
const NO_LONGER: ReadonlySet<string> = new Set(['former', 'ousted', 'deposed', 'exiled', 'toppled', 'overthrown', 'ex-']);
/** Roles of the state's own offices, which a former holder holds no more. */
const OFFICE_ROLES: ReadonlySet<string> = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);
/**
 * Words after "former" that make it the state's, not the office's: "former Soviet troops",
 * "the former Yugoslav army". A named person is still a former holder ("former Soviet leader
 * Mikhail Gorbachev").
 */
const FORMER_STATES: ReadonlySet<string> = new Set(['soviet', 'yugoslav', 'czechoslovak', 'east', 'west']);
/** How many words of a party's name may stand between "former" and the office. */
const PARTY_WORDS = 2;
/** Subordinators of a clause about an earlier time: "since", "when", "after"... */
const TIME_CLAUSE: ReadonlySet<string> = new Set(['since', 'when', 'after', 'before', 'while', 'until', 'as']);
const ELI: readonly string[] = Object.freeze(['ELI']);

/**
 * The sentence's mentions with former office holders as elites: CAMEO codes "former government
 * officials" as ELI, not as the government they left. "Former Iraqi Prime Minister Ayad Allawi",
 * "ousted Honduran President Manuel Zelaya", "the former Egyptian foreign minister": the
 * country's ELI (IRQELI, HNDELI, EGYELI). Only a state office is changed; a former rebel leader
 * keeps the group's code.
 *
 * @example
 * withFormerOffices(tokens, mentions, 0) // "Former President Jimmy Carter" USAGOV -> USAELI
 */
export function withFormerOffices(tokens: TokenTable, mentions: readonly ActorMention[], first: number): readonly ActorMention[] {
  let out: ActorMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.country === null || !m.roles.some((r) => OFFICE_ROLES.has(r))) continue;
    const word = noLongerWord(tokens, m, first);
    // "since former President X launched an offensive": a clause of what the holder did then, in office.
    if (word < 0 || (word > first && TIME_CLAUSE.has(tokens.lower[word - 1]))) continue;
    const person = m.evidence === 'person' || m.evidence === 'title' || m.evidence === 'coreference';
    if (!person && word + 1 < tokens.count && FORMER_STATES.has(tokens.lower[word + 1])) continue;
    out ??= mentions.slice();
    out[i] = Object.freeze({ ...m, roles: ELI, code: actorCode(m.country, ELI) });
  }
  return out ?? mentions;
}

/** The token of "former", "ousted"... just before or at the start of the mention's phrase ("the former"), or -1. */
function noLongerWord(tokens: TokenTable, m: ActorMention, first: number): number {
  // "Former Labour prime minister Tony Blair": a party's name may stand between.
  let from = m.phrase[0] - 1;
  while (from - 1 >= first && from > m.phrase[0] - PARTY_WORDS - 1 && !NO_LONGER.has(tokens.lower[from]) && (tokens.pos[from] === 'PROPN' || tokens.pos[from] === 'ADJ')) from--;
  from = Math.max(first, from);
  const to = Math.min(m.tokens[1], m.phrase[0] + 2);
  for (let k = from; k < to; k++) {
    if (!NO_LONGER.has(tokens.lower[k])) continue;
    // "The army ousted President Morsi": a verb with its subject before it did the ousting, and
    // the president held the office when it did.
    if (tokens.lower[k] !== 'former' && k > first && !OPENERS.has(tokens.pos[k - 1])) return -1;
    return k;
  }
  return -1;
}

/** Tags before "ousted" or "exiled" that leave it an adjective: "the ousted president", "met exiled ...". */
const OPENERS: ReadonlySet<string> = new Set(['DET', 'ADP', 'PUNCT', 'CCONJ', 'VERB', 'AUX', 'SCONJ']);
