import type { TaggedBlock } from './tagger.js';

/**
 * A tagged block from its columns; the spaces before each token are read only when first asked
 * for (few callers need them), by `readSpaces`.
 *
 * @example
 * taggedBlock({ values, lower, pos, lemmas, sentences }, () => tokens.out(its.precedingSpaces))
 */
export function taggedBlock(columns: Omit<TaggedBlock, 'spaces'>, readSpaces: () => string[]): TaggedBlock {
  let spaces: string[] | null = null;
  return {
    ...columns,
    get spaces(): string[] {
      spaces ??= readSpaces();
      return spaces;
    },
  };
}
