import { ParleyError } from '../core/errors.js';
import type { EventFilter } from '../store/event-filter.js';

/** The filter options shared by `parley query` and `parley export` (node:util parseArgs form). */
export const FILTER_OPTIONS = {
  actor: { type: 'string' },
  dyad: { type: 'string' },
  country: { type: 'string' },
  role: { type: 'string' },
  code: { type: 'string' },
  root: { type: 'string' },
  quad: { type: 'string' },
  plover: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  place: { type: 'string' },
  bbox: { type: 'string' },
  modality: { type: 'string' },
  'min-confidence': { type: 'string' },
  text: { type: 'string' },
} as const;

export const FILTER_USAGE = `filters: --actor CODE  --dyad SRC,TGT  --country ISO3  --role GOV  --code NNN  --root NN  --quad 1-4
         --plover TYPE  --from YYYY-MM-DD  --to YYYY-MM-DD  --place NAME|ISO3  --bbox W,S,E,N
         --modality M  --min-confidence X  --text WORDS`;

/**
 * The filter the options describe; malformed values are usage errors.
 *
 * @example
 * filterFromOptions({ dyad: 'USA,IRN', root: '11' }) // { dyad: ['USA', 'IRN'], root: '11' }
 */
export function filterFromOptions(v: Partial<Record<keyof typeof FILTER_OPTIONS, string>>): EventFilter {
  const f: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  if (v.actor) f.actor = v.actor.toUpperCase();
  if (v.dyad) {
    const parts = v.dyad.split(',').map((s) => s.trim().toUpperCase());
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw new ParleyError('USAGE', `--dyad must be SOURCE,TARGET (e.g. USA,IRN), not '${v.dyad}'`);
    f.dyad = [parts[0], parts[1]];
  }
  if (v.country) f.country = v.country.toUpperCase();
  if (v.role) f.role = v.role.toUpperCase();
  if (v.code) f.code = requireMatch(v.code, /^\d{2,4}$/, '--code', 'two to four digits');
  if (v.root) f.root = requireMatch(v.root, /^\d{1,2}$/, '--root', 'a CAMEO root, 01-20').padStart(2, '0');
  if (v.quad) f.quadClass = Number(requireMatch(v.quad, /^[1-4]$/, '--quad', '1, 2, 3 or 4'));
  if (v.plover) f.plover = v.plover.toUpperCase();
  if (v.from) f.from = requireMatch(v.from, /^\d{4}-\d{2}-\d{2}$/, '--from', 'YYYY-MM-DD');
  if (v.to) f.to = requireMatch(v.to, /^\d{4}-\d{2}-\d{2}$/, '--to', 'YYYY-MM-DD');
  if (v.place) f.place = v.place;
  if (v.bbox) {
    const n = v.bbox.split(',').map(Number);
    if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) throw new ParleyError('USAGE', `--bbox must be WEST,SOUTH,EAST,NORTH in degrees, not '${v.bbox}'`);
    f.bbox = [n[0], n[1], n[2], n[3]];
  }
  if (v.modality) f.modality = v.modality;
  if (v['min-confidence']) {
    const x = Number(v['min-confidence']);
    if (!(x >= 0 && x <= 1)) throw new ParleyError('USAGE', `--min-confidence must be between 0 and 1, not '${v['min-confidence']}'`);
    f.minConfidence = x;
  }
  if (v.text) f.text = v.text;
  return f;
}

function requireMatch(value: string, re: RegExp, name: string, what: string): string {
  if (!re.test(value)) throw new ParleyError('USAGE', `${name} must be ${what}, not '${value}'`);
  return value;
}
