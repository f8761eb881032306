import { placeKey } from './place-key.js';
/**
 * The name keys listed in `ambiguous-names.txt`: city names that are also ordinary words or
 * people's names (one a line, '#' comments).
 *
 * @example
 * ambiguousNames('# words\nreading\nGeorge\n') // Set { 'reading', 'george' }
 */
export function ambiguousNames(text) {
    const names = new Set();
    for (const line of text.split(/\r?\n/)) {
        const name = line.trim();
        if (name !== '' && !name.startsWith('#'))
            names.add(placeKey(name));
    }
    return names;
}
