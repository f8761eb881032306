import type { Modality } from '../core/event.js';
import type { PloverType } from '../ontology/types.js';
import type { EventFilter } from '../store/event-filter.js';
import { invalidParameter } from './api-error.js';
import type { QueryParameters } from './query-parameters.js';

/** The query parameters that filter events, on every endpoint that counts or lists events. */
export const EVENT_FILTER_PARAMETERS = Object.freeze([
  'actor', 'dyad', 'country', 'role', 'code', 'root', 'quad', 'plover', 'from', 'to',
  'place', 'bbox', 'modality', 'min_confidence', 'text',
] as const);

export const PLOVER_TYPE_NAMES: readonly PloverType[] = Object.freeze([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'SANCTION', 'THREATEN', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT',
] satisfies PloverType[]);

export const MODALITY_NAMES: readonly Modality[] = Object.freeze([
  'asserted', 'reported', 'alleged', 'negated', 'future', 'hypothetical', 'historical',
] satisfies Modality[]);

const ACTOR_CODE = /^[A-Za-z0-9]{1,30}$/;

/**
 * The event filter the query parameters describe, every value checked for its shape and range
 * (a 400 names the parameter at fault). The store turns it into parameterised SQL.
 *
 * @example
 * eventFilterOf(queryParameters(c, EVENT_FILTER_PARAMETERS)) // ?dyad=USA,IRN&root=11 -> { dyad: ['USA', 'IRN'], root: '11' }
 */
export function eventFilterOf(q: QueryParameters): EventFilter {
  const f: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  const actor = q.match('actor', ACTOR_CODE, 'an actor code or its prefix (letters and digits, e.g. USA or IRNGOV)');
  if (actor) f.actor = actor.toUpperCase();
  const dyad = q.match('dyad', /^[A-Za-z0-9]{1,30},[A-Za-z0-9]{1,30}$/, 'SOURCE,TARGET actor codes or prefixes (e.g. USA,IRN)');
  if (dyad) {
    const [source, target] = dyad.toUpperCase().split(',');
    f.dyad = [source, target];
  }
  const country = q.match('country', /^[A-Za-z]{3}$/, 'an ISO 3166-1 alpha-3 code (e.g. IRQ)');
  if (country) f.country = country.toUpperCase();
  const role = q.match('role', /^[A-Za-z]{3}$/, 'a three-letter role code (e.g. GOV, MIL, REB)');
  if (role) f.role = role.toUpperCase();
  const code = q.match('code', /^\d{2,4}$/, 'a CAMEO code or its prefix, two to four digits (e.g. 112)');
  if (code) f.code = code;
  const root = q.match('root', /^(0?[1-9]|1\d|20)$/, 'a CAMEO root from 01 to 20');
  if (root) f.root = root.padStart(2, '0');
  const quad = q.match('quad', /^[1-4]$/, 'a quad class: 1, 2, 3 or 4');
  if (quad) f.quadClass = Number(quad);
  const plover = q.get('plover');
  if (plover !== undefined) {
    const type = PLOVER_TYPE_NAMES.find((t) => t === plover.toUpperCase());
    if (!type) throw invalidParameter('plover', `'plover' must be a PLOVER event type (${PLOVER_TYPE_NAMES.join(', ')}), not ${JSON.stringify(plover.slice(0, 40))}`);
    f.plover = type;
  }
  const from = dateParameter(q, 'from');
  const to = dateParameter(q, 'to');
  if (from && to && from > to) throw invalidParameter('to', `'to' (${to}) is before 'from' (${from})`);
  if (from) f.from = from;
  if (to) f.to = to;
  const place = q.text('place');
  if (place) f.place = place;
  const bbox = bboxParameter(q);
  if (bbox) f.bbox = bbox;
  const modality = q.get('modality');
  if (modality !== undefined) {
    const m = MODALITY_NAMES.find((x) => x === modality);
    if (!m) throw invalidParameter('modality', `'modality' must be one of ${MODALITY_NAMES.join(', ')}, not ${JSON.stringify(modality.slice(0, 40))}`);
    f.modality = m;
  }
  const minConfidence = q.number('min_confidence', 0, 1);
  if (minConfidence !== undefined) f.minConfidence = minConfidence;
  const text = q.text('text');
  if (text) f.text = text;
  return f;
}

/** A calendar date (YYYY-MM-DD that exists: no 2015-02-30). */
function dateParameter(q: QueryParameters, name: string): string | undefined {
  const v = q.match(name, /^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD');
  if (v === undefined) return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) throw invalidParameter(name, `'${name}' is not a calendar date: '${v}'`);
  return v;
}

function bboxParameter(q: QueryParameters): [number, number, number, number] | undefined {
  const v = q.get('bbox');
  if (v === undefined) return undefined;
  const what = "'bbox' must be WEST,SOUTH,EAST,NORTH in degrees (e.g. 34,29,49,38)";
  const parts = v.split(',');
  const n = parts.map((p) => (/^\s*-?(\d+\.?\d*|\.\d+)\s*$/.test(p) ? Number(p) : NaN));
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) throw invalidParameter('bbox', `${what}, not ${JSON.stringify(v.slice(0, 60))}`);
  const [west, south, east, north] = n;
  if (west < -180 || east > 180 || south < -90 || north > 90) throw invalidParameter('bbox', `${what}: longitudes within ±180, latitudes within ±90`);
  if (south > north) throw invalidParameter('bbox', `${what}: south (${south}) is north of north (${north})`);
  if (west > east) throw invalidParameter('bbox', `${what}: west (${west}) is east of east (${east}); a box across the antimeridian is not supported`);
  return [west, south, east, north];
}
