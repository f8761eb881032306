import { createRequire } from 'node:module';
import type { Chrono } from 'chrono-node';

/**
 * chrono-node's casual English parser, from the package's English entry alone: its main entry loads
 * every locale (a third of a second at start-up, for parsers nothing here uses). Loaded through
 * the CommonJS build, whose `chrono-node/en` subpath every resolver finds (vitest's does not find
 * the ES module one). Read-only here: the date parser works on its own clone.
 *
 * @example
 * englishChrono().parse('on Monday', new Date(Date.UTC(2007, 4, 28, 12)))[0].text // 'on Monday'
 */
export function englishChrono(): Chrono {
  return (createRequire(import.meta.url)('chrono-node/en') as { casual: Chrono }).casual;
}
