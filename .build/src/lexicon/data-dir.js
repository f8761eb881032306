import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/**
 * The project's `data/` folder, found by walking up from this module (it works from `src/` under
 * vitest and from `dist/src/` when compiled).
 *
 * @example
 * join(projectDataDir(), 'actors', 'countries.tsv')
 */
export function projectDataDir() {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 6; i++) {
        if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data')))
            return join(dir, 'data');
        dir = dirname(dir);
    }
    throw new Error('cannot find the data/ folder of the parley package');
}
