import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../core/errors.js';
import type { Ontology } from '../ontology/types.js';
import { projectDataDir } from './data-dir.js';

/** Maps a cooperative CAMEO code to its intent code ("073" -> "0333"), longest prefix first. */
export interface IntentCodes {
  intentOf(code: string): string | null;
}

/**
 * Loads data/events/intent-codes.tsv, checking every code against the ontology.
 *
 * @example
 * loadIntentCodes(ontology).intentOf('0841') // '0353'
 */
export function loadIntentCodes(ontology: Ontology, file = join(projectDataDir(), 'events', 'intent-codes.tsv')): IntentCodes {
  const map = new Map<string, string>();
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const [prefix, intent, extra] = line.split(/\t+/);
    if (!prefix || !intent || extra !== undefined || !ontology.has(prefix) || !ontology.has(intent)) {
      throw new ParleyError('LEXICON_INVALID', `expected two known CAMEO codes separated by a tab, got '${line}'`, { input: file, line: i + 1 });
    }
    map.set(prefix, intent);
  });
  return Object.freeze({
    intentOf(code: string): string | null {
      for (let n = code.length; n >= 2; n--) {
        const hit = map.get(code.slice(0, n));
        if (hit) return hit;
      }
      return null;
    },
  });
}
