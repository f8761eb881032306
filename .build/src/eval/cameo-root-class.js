import { ParleyError } from '../core/errors.js';
/** The twenty CAMEO root codes, in order. */
const CAMEO_ROOTS = Object.freeze([
    '01', '02', '03', '04', '05', '06', '07', '08', '09', '10',
    '11', '12', '13', '14', '15', '16', '17', '18', '19', '20',
]);
/**
 * The CAMEO roots a class label stands for: "09-13,16" is 09, 10, 11, 12, 13 and 16.
 *
 * @example
 * [...rootsOfClass('14-15,17-20')] // ['14', '15', '17', '18', '19', '20']
 */
export function rootsOfClass(label) {
    const roots = new Set();
    for (const part of label.split(',')) {
        const match = /^(\d{2})(?:-(\d{2}))?$/.exec(part.trim());
        const first = match?.[1];
        const last = match?.[2] ?? first;
        if (first === undefined || last === undefined || !CAMEO_ROOTS.includes(first) || !CAMEO_ROOTS.includes(last) || last < first) {
            throw new ParleyError('INPUT_JSONL', `bad CAMEO root class "${label}"`, { stage: 'eval' });
        }
        // Zero-padded two-digit roots order the same as strings and as numbers.
        for (const root of CAMEO_ROOTS)
            if (root >= first && root <= last)
                roots.add(root);
    }
    return roots;
}
