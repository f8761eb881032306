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
    let start = piece.start;
    while (start > first && isLeftGlue(tokens, start - 1)) start--;
    current = { start, end: piece.end, pieces: [piece] };
  }
  if (current) chunks.push(current);
  return chunks;
}

function gapIsGlue(tokens: TokenTable, from: number, to: number): boolean {
  if (to - from > 4) return false;
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
  if (pos === 'VERB' && tokens.lower[i].endsWith('ed') && i + 1 < tokens.count && (tokens.pos[i + 1] === 'NOUN' || tokens.pos[i + 1] === 'ADJ')
    && i > 0 && (tokens.pos[i - 1] === 'ADV' || tokens.pos[i - 1] === 'ADJ' || tokens.pos[i - 1] === 'DET' || tokens.lower[i - 1] === "'s")) return true;
  return false;
}

function isLeftGlue(tokens: TokenTable, i: number): boolean {
  const pos = tokens.pos[i];
  if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM') return true;
  return false;
}
