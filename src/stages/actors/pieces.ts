import type { TokenTable } from '../../core/tokens.js';
import type { ActorEntry } from '../../lexicon/types.js';
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
  /** Set when the piece is a short reference to a name the article introduced earlier. */
  readonly known: KnownName | null;
  /** End of the dictionary words; for a title, the unknown name that follows is `[matchEnd, end)` ("Foreign Minister Ali Rezaei"). */
  readonly matchEnd: number;
}

const NO_ENTRIES: readonly ActorEntry[] = Object.freeze([]);

export function hasKind(p: Piece, kind: ActorEntry['kind']): boolean {
  return p.entries.some((e) => e.kind === kind);
}

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
      if (takesName(m.entries)) {
        while (nameEnd < end && nameEnd - m.end < 4 && isNameWord(tokens, nameEnd)) {
          const next = index.longestAt(tokens, nameEnd, end);
          if (next) { ahead = next; aheadAt = nameEnd; break; }
          nameEnd++;
        }
      }
      pieces.push({ start: m.start, end: nameEnd, entries: m.entries, known: null, matchEnd: m.end });
      i = nameEnd;
      continue;
    }
    // The name table is looked up first: it is small, and most tokens are no name of it.
    const k = known.size > 0 ? known.get(tokens.lower[i]) : undefined;
    if (k && isNameWord(tokens, i)) {
      pieces.push({ start: i, end: i + 1, entries: NO_ENTRIES, known: k, matchEnd: i + 1 });
    }
    i++;
  }
  return pieces;
}

/** Titles and singular role nouns are followed by a person's name: "Foreign Minister Ali Rezaei". */
function takesName(entries: readonly ActorEntry[]): boolean {
  for (const e of entries) {
    if (!(e.kind === 'title' || (e.kind === 'role' && !e.phrase.endsWith('s')))) return false;
  }
  return true;
}

/** A capitalised word that can be part of a person's name. */
export function isNameWord(tokens: TokenTable, i: number): boolean {
  const t = tokens.text[i];
  const c = t.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && !(c >= 192 && c <= 222)) return false;
  const pos = tokens.pos[i];
  return pos === 'PROPN' || pos === 'NOUN' || pos === 'ADJ' || pos === 'X';
}
