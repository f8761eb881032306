import type { TokenTable } from '../../core/tokens.js';

/** Compass words that may stand before a place name: "in northern Iraq", "in the eastern town of". */
const DIRECTION_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeast', 'northwest',
  'southeast', 'southwest', 'coastal', 'remote', 'restive', 'rural', 'nearby', 'neighbouring', 'neighboring', 'border', 'main',
]);

/** Nouns of a kind of place that lead its name: "the city of Kirkuk", "the capital Algiers", "the port of Tyre". */
const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'port', 'capital', 'province', 'region', 'district', 'state', 'enclave', 'island', 'county',
  'governorate', 'municipality', 'hamlet', 'settlement', 'suburb', 'prefecture', 'oblast', 'territory', 'area', 'valley',
]);

/** Tokens the lead of a place name may span ("the northern border town of"). */
const LEAD_REACH = 5;

/**
 * Where the name of a place starts after a place preposition at `prep`: past an article, compass
 * words and a kind of place with its "of" ("in the northern city of Kirkuk", "in the capital
 * Algiers", "in northern Iraq"). `prep + 1` when there is no such lead.
 *
 * @example
 * placeNameStart(tokens, 3, tokens.count) // the token of "Kirkuk" in "rallied in the northern city of Kirkuk"
 */
export function placeNameStart(tokens: TokenTable, prep: number, end: number): number {
  let k = prep + 1;
  if (k < end && tokens.pos[k] === 'DET') k++;
  const leadStart = k;
  // Lower-case only: "West Darfur", "South Lebanon" are names, not a lead.
  while (k < end && k - leadStart < LEAD_REACH && DIRECTION_WORDS.has(tokens.text[k])) k++;
  if (k < end && PLACE_KIND_NOUNS.has(tokens.text[k])) {
    k++;
    if (k < end && tokens.lower[k] === 'of') k++;
  }
  return k;
}

/**
 * The place preposition before a place name that starts at `start`, looking back over the lead
 * `placeNameStart` skips ("in the northern city of | Kirkuk"); -1 when the words before are no such lead.
 *
 * @example
 * prepositionBeforePlace(tokens, 7, 0) // the token of "in" in "rallied in the northern city of Kirkuk"
 */
export function prepositionBeforePlace(tokens: TokenTable, start: number, first: number): number {
  for (let p = start - 1; p >= first && p >= start - LEAD_REACH - 2; p--) {
    const w = tokens.lower[p];
    if (w === 'of' || tokens.pos[p] === 'DET' || DIRECTION_WORDS.has(tokens.text[p]) || PLACE_KIND_NOUNS.has(tokens.text[p])) continue;
    return p < start - 1 && placeNameStart(tokens, p, start + 1) === start ? p : -1;
  }
  return -1;
}
