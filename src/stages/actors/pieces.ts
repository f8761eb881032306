import type { TokenTable } from '../../core/tokens.js';
import type { ActorEntry } from '../../lexicon/types.js';
import { entrySetOf, type EntrySet } from './entry-set.js';
import type { PhraseIndex, PhraseMatch } from './phrase-index.js';

/** A known name the article itself introduced ("al-Maliki" after "Prime Minister Nuri al-Maliki"). */
export interface KnownName {
  readonly code: string;
  readonly country: string | null;
  readonly roles: readonly string[];
  readonly name: string | null;
}

/** A run of tokens that a dictionary entry (or an earlier mention in the article) names. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly entries: readonly ActorEntry[];
  /** The same entries, with what composing an actor asks of them worked out. */
  readonly set: EntrySet;
  /** Set when the piece is a short reference to a name the article introduced earlier. */
  readonly known: KnownName | null;
  /** End of the dictionary words; for a title, the unknown name that follows is `[matchEnd, end)` ("Foreign Minister Ali Rezaei"). */
  readonly matchEnd: number;
}

const NO_SET: EntrySet = entrySetOf(Object.freeze([]));

/**
 * Dictionary pieces of one sentence, left to right, longest first. A title piece swallows the
 * capitalised words after it as a person's name; a capitalised word the article already used as
 * a name becomes a piece of its own.
 */
export function findPieces(tokens: TokenTable, first: number, end: number, index: PhraseIndex, known: ReadonlyMap<string, KnownName>): Piece[] {
  const pieces: Piece[] = [];
  // The match that stopped a title's name ("President Bush met Prime Minister ..."): the next
  // piece starts there, so it is kept rather than looked up twice.
  let ahead: PhraseMatch | null = null;
  let aheadAt = -1;
  let i = first;
  while (i < end) {
    const m = aheadAt === i ? ahead : index.longestAt(tokens, i, end);
    if (m) {
      let nameEnd = m.end;
      if (m.set.takesName) {
        while (nameEnd < end && nameEnd - m.end < 4 && isNameWord(tokens, nameEnd)) {
          const next = index.longestAt(tokens, nameEnd, end);
          if (next) { ahead = next; aheadAt = nameEnd; break; }
          nameEnd++;
        }
        // "President obama": a known person's name right after a title, even in lower case.
        if (nameEnd === m.end && nameEnd < end && m.set.titleRoles !== null && isLowerWord(tokens, nameEnd)) {
          const person = index.longestAt(tokens, nameEnd, end, true);
          if (person && person.set.persons.length === person.entries.length) { ahead = person; aheadAt = nameEnd; }
        }
      }
      pieces.push({ start: m.start, end: nameEnd, entries: m.entries, set: m.set, known: null, matchEnd: m.end });
      i = nameEnd;
      continue;
    }
    // Only a capitalised name word can be a name the article introduced: the table is asked of no other.
    const k = known.size > 0 && isNameWord(tokens, i) ? known.get(tokens.lower[i]) : undefined;
    if (k) pieces.push({ start: i, end: i + 1, entries: NO_SET.entries, set: NO_SET, known: k, matchEnd: i + 1 });
    i++;
  }
  return pieces;
}

/** A capitalised word that can be part of a person's name. */
export function isNameWord(tokens: TokenTable, i: number): boolean {
  const t = tokens.text[i];
  const c = t.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && !(c >= 192 && c <= 222)) return false;
  const pos = tokens.pos[i];
  return pos === 'PROPN' || pos === 'NOUN' || pos === 'ADJ' || pos === 'X';
}

/** A word of lower-case letters a-z only ("obama"). */
function isLowerWord(tokens: TokenTable, i: number): boolean {
  const t = tokens.text[i];
  for (let p = 0; p < t.length; p++) {
    const c = t.charCodeAt(p);
    if (c < 97 || c > 122) return false;
  }
  return t.length > 0;
}
