import type { TokenTable } from '../../core/tokens.js';

/** Words of a force that belongs to no one state: "a regional peacekeeping force", "an international force". */
const MULTINATIONAL_WORDS: ReadonlySet<string> = new Set([
  'peacekeepers', 'peacekeeping', 'peace-keeping', 'peace-keepers', 'peacekeeper', 'international', 'multinational', 'multi-national',
]);

/** Nouns of a border: "on the Thai border" names no actor, and no one country either. */
const BORDER_NOUNS: ReadonlySet<string> = new Set(['border', 'borders', 'frontier', 'frontiers', 'borderlands', 'border-crossing']);

/**
 * Words that make a role noun a foreign or multinational force: "peacekeepers", "an international
 * force", "coalition troops", "occupation forces". Such a force is not the army of the place it is in.
 */
const FOREIGN_FORCE_WORDS: ReadonlySet<string> = new Set([
  'peacekeepers', 'peacekeeping', 'peace-keeping', 'peace-keepers', 'peacekeeper', 'international', 'multinational',
  'multi-national', 'foreign', 'coalition', 'allied', 'occupation', 'occupying', 'invasion', 'expeditionary',
]);

/**
 * Participles that, hyphenated after a country word, make it describe a thing rather than name an
 * actor: "Russian-made rockets", "a Saudi-owned weekly", "the Syrian-backed militia", "a UN-brokered deal".
 */
const MAKER_PARTICIPLES: ReadonlySet<string> = new Set([
  'made', 'style', 'brokered', 'owned', 'born', 'funded', 'backed', 'sponsored', 'built', 'supplied', 'designed', 'manufactured',
  'occupied', 'controlled', 'held', 'run', 'dominated', 'trained', 'armed', 'allied', 'educated', 'registered', 'flagged', 'mediated',
  'financed', 'inspired', 'influenced', 'administered', 'annexed', 'ruled', 'friendly', 'aligned', 'leaning', 'based',
]);

/**
 * Words that open the name of an institution, never of a place: "the President of the Republic",
 * "the head of the Union" must not be geocoded to a town called Republic or Union.
 */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'republic', 'kingdom', 'federation', 'union', 'state', 'states', 'council', 'assembly', 'court', 'party', 'front', 'movement',
  'army', 'government', 'ministry', 'office', 'committee', 'commission', 'agency', 'bank', 'university', 'senate', 'congress',
  'parliament', 'house', 'department', 'board', 'authority', 'league', 'organization', 'organisation', 'alliance', 'coalition',
  'federal', 'national', 'central', 'supreme', 'royal', 'people', "people's", 'democratic', 'islamic',
]);

/** Time words that follow a subject without modifying it: "Denmark today accepted", "Iran Monday said". */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'today', 'yesterday', 'tonight', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'earlier', 'later', 'now', 'overnight', 'again',
]);

/**
 * True when the token at `i` is a border ("border", "frontier") that heads its noun phrase.
 *
 * @example
 * isBorderNoun(tokens, 5) // true for "border" in "on the Thai border"
 */
export function isBorderNoun(tokens: TokenTable, i: number): boolean {
  // "Iraqi border posts": a border that modifies a noun leaves the adjective its thing.
  return i < tokens.count && BORDER_NOUNS.has(tokens.lower[i]) && !(i + 1 < tokens.count && tokens.pos[i + 1] === 'NOUN');
}

/**
 * True when tokens `[start, end)` name a foreign or multinational force ("an international
 * peacekeeping force", "coalition troops"): the story's own country is not given to it.
 *
 * @example
 * isForeignForce(tokens, 2, 5) // true for "international peacekeeping force"
 */
export function isForeignForce(tokens: TokenTable, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (FOREIGN_FORCE_WORDS.has(tokens.lower[k])) return true;
  return false;
}

/**
 * True when the token at `i` is a time word ("today", "Monday"): a noun that does not make the
 * word before it a modifier.
 *
 * @example
 * isTimeWord(tokens, 1) // true for "today" in "Denmark today accepted"
 */
export function isTimeWord(tokens: TokenTable, i: number): boolean {
  return i < tokens.count && TIME_WORDS.has(tokens.lower[i]);
}

/**
 * True when tokens `i`, `i + 1` are "-" and a participle such as "made" or "backed": the country
 * word before them describes a thing ("Russian-made rockets") and names no actor.
 *
 * @example
 * isMakerHyphen(tokens, 2) // true for "- made" in "Russian - made rockets"
 */
export function isMakerHyphen(tokens: TokenTable, i: number): boolean {
  return i + 1 < tokens.count && tokens.lower[i] === '-' && MAKER_PARTICIPLES.has(tokens.lower[i + 1]);
}

/**
 * True when the word at `i` opens the name of an institution ("Republic", "Union", "Council"):
 * what follows it is no place name to geocode.
 *
 * @example
 * isInstitutionWord(tokens, 3) // true for "Republic" in "President of the Republic"
 */
export function isInstitutionWord(tokens: TokenTable, i: number): boolean {
  return i < tokens.count && INSTITUTION_WORDS.has(tokens.lower[i]);
}

/**
 * True when tokens `[start, end)` name a multinational force ("a regional peacekeeping force",
 * "an international force"): with no country of its own, it is an international body's.
 *
 * @example
 * isMultinationalForce(tokens, 2, 5) // true for "regional peacekeeping force"
 */
export function isMultinationalForce(tokens: TokenTable, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (MULTINATIONAL_WORDS.has(tokens.lower[k])) return true;
  return false;
}
