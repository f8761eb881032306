import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectDataDir } from '../../lexicon/data-dir.js';
import { parseTsv } from '../../lexicon/tsv.js';

/**
 * ISO 3166-1 alpha-3 to FIPS 10-4 country codes (data/places/fips-country-codes.tsv), which
 * GDELT's geography columns use.
 *
 * @example
 * loadFipsCodes().get('IRQ') // 'IZ'
 */
export function loadFipsCodes(dataDir: string = projectDataDir()): ReadonlyMap<string, string> {
  const path = join(dataDir, 'places', 'fips-country-codes.tsv');
  const table = parseTsv(readFileSync(path, 'utf8'), path);
  return new Map(table.rows.map((r) => [r.cells[0], r.cells[1]] as const));
}
