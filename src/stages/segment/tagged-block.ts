import type { Pos } from '../../core/tokens.js';
import type { TaggedBlock } from './tagger.js';

/**
 * A tagged block from its columns; the spaces before each token are read only when first asked
 * for (few callers need them), by `readSpaces`.
 *
 * @example
 * taggedBlock({ values, lower, pos, lemmas, sentences }, () => tokens.out(its.precedingSpaces))
 */
export function taggedBlock(columns: Omit<TaggedBlock, 'spaces'>, readSpaces: () => string[]): TaggedBlock {
  return new LazySpacesBlock(columns.values, columns.lower, columns.pos, columns.lemmas, columns.sentences, readSpaces, columns.textIds, columns.lowerIds, columns.lemmaIds);
}

/** A tagged block whose spaces are read when first asked for (a class: one shape for every block). */
class LazySpacesBlock implements TaggedBlock {
  private read: string[] | null = null;

  constructor(
    readonly values: readonly string[],
    readonly lower: readonly string[],
    readonly pos: readonly Pos[],
    readonly lemmas: readonly string[],
    readonly sentences: readonly (readonly [number, number])[],
    private readonly readSpaces: () => string[],
    readonly textIds: Int32Array | undefined,
    readonly lowerIds: Int32Array | undefined,
    readonly lemmaIds: Int32Array | undefined,
  ) {}

  get spaces(): string[] {
    this.read ??= this.readSpaces();
    return this.read;
  }
}
