import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../core/errors.js';
import type { Ontology } from '../ontology/types.js';
import { projectDataDir } from './data-dir.js';

/** The subcode of an appeal, demand or threat for what its complement does. */
export interface ShellCodes {
  /** `shellCodeOf('02', '0841')` -> '0253'; null when the table has nothing for them. */
  shellCodeOf(shellRoot: string, complementCode: string): string | null;
}

/**
 * Loads data/events/shell-codes.tsv (shell root, complement code prefix, code), checking every
 * code against the ontology.
 *
 * @example
 * loadShellCodes(ontology).shellCodeOf('13', '163') // '1312'
 */
export function loadShellCodes(ontology: Ontology, file = join(projectDataDir(), 'events', 'shell-codes.tsv')): ShellCodes {
  const map = new Map<string, string>();
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const [root, prefix, code, extra] = line.split(/\t+/);
    if (!root || !prefix || !code || extra !== undefined || !ontology.has(root) || !ontology.has(prefix) || !ontology.has(code)) {
      throw new ParleyError('LEXICON_INVALID', `expected three known CAMEO codes separated by tabs, got '${line}'`, { input: file, line: i + 1 });
    }
    map.set(`${root}:${prefix}`, code);
  });
  return Object.freeze({
    shellCodeOf(shellRoot: string, complementCode: string): string | null {
      for (let n = complementCode.length; n >= 2; n--) {
        const hit = map.get(`${shellRoot}:${complementCode.slice(0, n)}`);
        if (hit) return hit;
      }
      return null;
    },
  });
}
