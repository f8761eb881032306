import type { Sentence } from '../../core/document.js';
import type { PlaceMention } from '../../core/place.js';
import { createSpan } from '../../core/span.js';
import type { TokenTable } from '../../core/tokens.js';
import { readDateline } from './dateline.js';
import type { Geocoder, GeoPlace } from './geocoder.js';
import { locativeCue } from './locative-cue.js';
import { leadingRun, placeKey } from './place-key.js';

/** The places of one document: every mention in text order, and those of the dateline. */
export interface FoundPlaces {
  readonly mentions: readonly PlaceMention[];
  readonly dateline: readonly PlaceMention[];
}

/** A city this big, once found, tells which country the article is about ("Atlanta" -> USA). */
const SURE_CITY_POPULATION = 100_000;

/** Longest place name tried, in tokens ("Democratic Republic of the Congo"). */
const MAX_NAME_TOKENS = 6;

// Capitalised words that continue a name without making it another name ("in Baghdad Sunday").
const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

interface Found { first: number; end: number; sentence: number; phrase: string; locative: boolean; place: GeoPlace }

/**
 * Finds the places named in a document's non-boilerplate sentences: the dateline's names, and
 * every capitalised token sequence the geocoder knows, marked locative when a locative preposition
 * introduces it. Names are looked up twice: first with the countries of `actorCountries` and the
 * dateline, then again with the countries the first pass found (countries, regions, landmarks, big
 * cities), so "Georgia" follows the article.
 *
 * @example
 * findPlaceMentions(text, sentences, tokens, geocoder, ['IRQ']).mentions
 * // "...met in Baghdad's Green Zone" -> Baghdad (locative), Green Zone (locative)
 */
export function findPlaceMentions(
  text: string,
  sentences: readonly Sentence[],
  tokens: TokenTable,
  geocoder: Geocoder,
  actorCountries: readonly string[],
): FoundPlaces {
  const context = new Set(actorCountries);
  const dateline = readDateline(text, sentences);
  if (dateline?.qualifier) {
    const qualifier = geocoder.lookup(dateline.qualifier);
    if (qualifier?.placeKind === 'country') context.add(qualifier.country);
  }
  const datelineFound: Found[] = [];
  for (const name of dateline?.names ?? []) {
    const place = geocoder.lookup(name.name, { countries: [...context], locative: true });
    const range = tokensOver(tokens, name.span[0], name.span[1]);
    if (place && range) datelineFound.push({ ...range, phrase: name.name, locative: true, place });
  }
  for (const f of datelineFound) context.add(f.place.country);
  const datelineEnd = datelineFound.length > 0 ? Math.max(...datelineFound.map((f) => f.end)) : -1;

  const found = scanSentences(text, sentences, tokens, geocoder, [...context], datelineEnd);
  // Which names made each country part of the context: a name must not vouch for itself
  // ("Georgia" read as the country would otherwise keep the country in every later reading).
  const vouchers = new Map<string, Set<string>>([...context].map((c) => [c, new Set(['*'])]));
  for (const f of found) {
    if (f.place.placeKind === 'city' && f.place.population < SURE_CITY_POPULATION) continue;
    const names = vouchers.get(f.place.country) ?? new Set<string>();
    names.add(placeKey(f.phrase));
    vouchers.set(f.place.country, names);
  }
  const relook = (f: Found): PlaceMention => {
    const key = placeKey(f.phrase);
    const countries = [...vouchers].filter(([, names]) => names.size > 1 || !names.has(key)).map(([c]) => c);
    const place = geocoder.lookup(f.phrase, { countries, locative: f.locative }) ?? f.place;
    return mentionOf(tokens, { ...f, place });
  };
  const datelineMentions = datelineFound.map(relook);
  return Object.freeze({
    mentions: Object.freeze([...datelineMentions, ...found.map(relook)]),
    dateline: Object.freeze(datelineMentions),
  });
}

function scanSentences(
  text: string, sentences: readonly Sentence[], tokens: TokenTable, geocoder: Geocoder,
  countries: readonly string[], skipBefore: number,
): Found[] {
  const found: Found[] = [];
  const locativeEndingAt = new Map<number, boolean>();
  for (const s of sentences) {
    if (s.boilerplate) continue;
    for (let i = Math.max(s.firstToken, skipBefore); i < s.endToken; i++) {
      if (!isCapitalised(tokens.text[i]) || (i === s.firstToken && tokens.pos[i] !== 'PROPN')) continue;
      const words = nameWordsFrom(text, tokens, i, geocoder);
      if (words === 0) continue;
      const locative = locativeCue(tokens, i, s.firstToken, (j) => locativeEndingAt.get(j) ?? null);
      const match = longestPlace(text, tokens, i, s.endToken, geocoder, countries, locative, words);
      if (!match || partOfLongerName(tokens, i, match.end, s.firstToken, locative)) continue;
      found.push({ first: i, end: match.end, sentence: s.index, phrase: match.phrase, locative, place: match.place });
      locativeEndingAt.set(match.end - 1, locative);
      i = match.end - 1;
    }
  }
  return found;
}

// After a token that is all letters and digits, these keep a phrase's leading run from running on.
const RUN_BREAK = /[\s'\u2019.,;:!?)"\u201d\-\u2013\u2014]/;

/**
 * The most words a place name starting at token `i` can have: 0 when none can start there (the
 * leading run of every phrase from `i` is the token's own, and the geocoder knows no name with it),
 * Infinity when the geocoder cannot tell. Most capitalised words ("President", "Reuters") end
 * here, before any phrase is cut or looked up.
 */
function nameWordsFrom(text: string, tokens: TokenTable, i: number, geocoder: Geocoder): number {
  if (!geocoder.mayStartName) return Infinity;
  const key = placeKey(tokens.text[i]);
  if (key === 'the') return Infinity; // "The Hague": keys drop a leading "the "
  const run = leadingRun(key);
  if (run === key) {
    // The phrase's run could go on into the next token when nothing separates them.
    const after = tokens.end[i];
    if (after < text.length && !RUN_BREAK.test(text[after])) return Infinity;
  }
  if (!geocoder.mayStartName(run)) return 0;
  return geocoder.longestNameWords?.(run) ?? Infinity;
}

// A token that keeps a character of its own in a name key: not only spaces or combining accents.
const SOLID = /[^\s\u0300-\u036f]/;

/**
 * At least how many words the name key of tokens `[first, end)` has: every gap between two tokens
 * that holds a space separates two words. Tokens that may vanish from a key (all accents or
 * spaces) give no bound (0).
 */
function leastKeyWords(text: string, tokens: TokenTable, first: number, end: number): number {
  let words = 1;
  for (let k = first; k < end; k++) {
    if (!SOLID.test(tokens.text[k])) return 0;
    if (k > first && tokens.start[k] > tokens.end[k - 1] && /\s/.test(text.slice(tokens.end[k - 1], tokens.start[k]))) words++;
  }
  return words;
}

function longestPlace(
  text: string, tokens: TokenTable, first: number, sentenceEnd: number, geocoder: Geocoder,
  countries: readonly string[], locative: boolean, maxWords: number,
): { end: number; phrase: string; place: GeoPlace } | null {
  for (let end = Math.min(sentenceEnd, first + MAX_NAME_TOKENS); end > first; end--) {
    if (!isCapitalised(tokens.text[end - 1])) continue;
    // Longer than any name starting with this word: no lookup can find it.
    if (end - first > maxWords && leastKeyWords(text, tokens, first, end) > maxWords) continue;
    const phrase = text.slice(tokens.start[first], tokens.end[end - 1]);
    if (phrase.includes('\n')) continue;
    const place = geocoder.lookup(phrase, { countries, locative });
    if (place) return { end, phrase, place };
  }
  return null;
}

// "Paris Hilton", "Washington Post", "President George Bush": a capitalised name word right before
// or after the place name makes it part of another name, unless a preposition introduced it.
function partOfLongerName(tokens: TokenTable, first: number, end: number, sentenceStart: number, locative: boolean): boolean {
  const nameWord = (k: number) => tokens.pos[k] === 'PROPN' && isCapitalised(tokens.text[k]) && !CALENDAR_WORDS.has(tokens.lower[k]);
  if (end < tokens.count && tokens.sentence[end] === tokens.sentence[first] && nameWord(end)) return true;
  return !locative && first - 1 > sentenceStart && nameWord(first - 1);
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0] !== word[0].toLowerCase());
}

function tokensOver(tokens: TokenTable, start: number, end: number): { first: number; end: number; sentence: number } | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.count && tokens.start[i] < end; i++) {
    if (tokens.end[i] <= start) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : { first, end: last + 1, sentence: tokens.sentence[first] };
}

function mentionOf(tokens: TokenTable, f: Found): PlaceMention {
  const p = f.place;
  return Object.freeze({
    kind: 'place', sentence: f.sentence, tokens: Object.freeze([f.first, f.end] as const),
    span: createSpan(tokens.start[f.first], tokens.end[f.end - 1]),
    name: p.name, country: p.country, lat: p.lat, lon: p.lon, geonamesId: p.geonamesId, placeKind: p.placeKind,
    locative: f.locative,
  });
}
