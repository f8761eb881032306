import type { TokenTable } from '../../core/tokens.js';
import type { Piece } from './pieces.js';

/** Adjacent pieces and the glue words between them: one noun phrase ("Iran's Revolutionary Guards"). */
export interface Chunk {
  /** First token, including leading determiners and adjectives. */
  readonly start: number;
  /** End of the last piece. */
  readonly end: number;
  readonly pieces: readonly Piece[];
}

/**
 * Groups a sentence's pieces into noun-phrase chunks: pieces joined by determiners, adjectives,
 * numbers, unknown capitalised words or a possessive "'s" belong to one chunk.
 */
export function chunkPieces(tokens: TokenTable, first: number, pieces: readonly Piece[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: { start: number; end: number; pieces: Piece[] } | null = null;
  for (const piece of pieces) {
    if (current && gapIsGlue(tokens, current.end, piece.start)) {
      current.pieces.push(piece);
      current.end = piece.end;
      continue;
    }
    if (current) chunks.push(current);
    const start = chunkStart(tokens, first, piece.start);
    current = { start, end: piece.end, pieces: [piece] };
  }
  if (current) chunks.push(current);
  return chunks;
}

function gapIsGlue(tokens: TokenTable, from: number, to: number): boolean {
  if (to - from > 4) return false;
  // "agents sexually abused ...": an adverb right after a noun starts a verb phrase.
  if (to > from && from > 0 && tokens.pos[from] === 'ADV' && tokens.pos[from - 1] === 'NOUN') return false;
  for (let i = from; i < to; i++) if (!isInnerGlue(tokens, i)) return false;
  return true;
}

function isInnerGlue(tokens: TokenTable, i: number): boolean {
  const pos = tokens.pos[i];
  const w = tokens.lower[i];
  if (w === "'s" || w === '\u2019s' || w === "'" || w === '-') return true;
  if (pos === 'ADJ' || pos === 'NUM') return true;
  if (pos === 'PROPN') return true;
  // "Libya's internationally recognised government"
  if (pos === 'ADV' && tokens.lower[i].endsWith('ly')) return true;
  // "Jordan's visiting King Abdullah", "Iraq's outgoing prime minister": a participle after a possessive.
  if (pos === 'VERB' && tokens.lower[i].endsWith('ing') && i > 0 && (tokens.lower[i - 1] === "'s" || tokens.lower[i - 1] === '\u2019s')
    && i + 1 < tokens.count && (tokens.pos[i + 1] === 'PROPN' || tokens.pos[i + 1] === 'NOUN' || tokens.pos[i + 1] === 'ADJ')) return true;
  if (pos === 'VERB' && tokens.lower[i].endsWith('ed') && i + 1 < tokens.count && (tokens.pos[i + 1] === 'NOUN' || tokens.pos[i + 1] === 'ADJ')
    && i > 0 && (tokens.pos[i - 1] === 'ADV' || tokens.pos[i - 1] === 'ADJ' || tokens.pos[i - 1] === 'DET' || tokens.lower[i - 1] === "'s")) return true;
  return false;
}

/** Nouns of number that head "a group of deputies", "hundreds of protesters", "a team of inspectors". */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  'group', 'groups', 'number', 'team', 'teams', 'handful', 'dozens', 'hundreds', 'thousands', 'tens', 'scores', 'couple', 'pair',
  'band', 'contingent', 'crowd', 'crowds', 'party', 'batch', 'unit', 'units', 'squad', 'detachment', 'column', 'convoy',
]);

const COMPOUND_JOINS: ReadonlySet<string> = new Set(['and', 'or', ',']);

/**
 * Where the chunk of a piece starting at `start` begins: back over determiners, adjectives and
 * numbers, and, after "and", "or" or a comma, over a quantity phrase ("a group of deputies",
 * "thousands of protesters"), so that "Fabius and a group of deputies" reads as a compound.
 */
function chunkStart(tokens: TokenTable, first: number, start: number): number {
  while (start > first && isLeftGlue(tokens, start - 1)) start--;
  if (start - 2 >= first && tokens.lower[start - 1] === 'of' && QUANTITY_NOUNS.has(tokens.lower[start - 2])) {
    let k = start - 2;
    while (k > first && isLeftGlue(tokens, k - 1)) k--;
    // Only where it joins a compound ("X and a group of Y"); elsewhere the noun after "of" heads the chunk.
    if (k > first && COMPOUND_JOINS.has(tokens.lower[k - 1])) return k;
  }
  return start;
}

function isLeftGlue(tokens: TokenTable, i: number): boolean {
  const pos = tokens.pos[i];
  if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM') return true;
  return false;
}
