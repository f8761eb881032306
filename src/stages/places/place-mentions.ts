import type { Sentence } from '../../core/document.js';
import type { PlaceMention } from '../../core/place.js';
import { createSpan } from '../../core/span.js';
import type { TokenTable } from '../../core/tokens.js';
import { UNKNOWN_FACT, type WordFacts } from '../../core/word-facts.js';
import { readDateline } from './dateline.js';
import type { Geocoder, GeocoderContext, GeoPlace } from './geocoder.js';
import { locativeCue } from './locative-cue.js';
import { isCapitalised, isRunBreak, isSolidWord, isSpaceCode } from './name-chars.js';
import { leadingRun, placeKey, tokenPlaceKey } from './place-key.js';

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
 * cities), so "Georgia" follows the article. With `nameStarts` (kept by the caller for this
 * geocoder), what each word says about a name starting at it is remembered by word id.
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
  nameStarts?: WordFacts,
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

  const scanCountries = [...context];
  const found = scanSentences(text, sentences, tokens, geocoder, scanCountries, datelineEnd, nameStarts);
  // Which names made each country part of the context: a name must not vouch for itself
  // ("Georgia" read as the country would otherwise keep the country in every later reading).
  const vouchers = new Map<string, Set<string>>([...context].map((c) => [c, new Set(['*'])]));
  for (const f of found) {
    if (f.place.placeKind === 'city' && f.place.population < SURE_CITY_POPULATION) continue;
    const names = vouchers.get(f.place.country) ?? new Set<string>();
    names.add(placeKey(f.phrase));
    vouchers.set(f.place.country, names);
  }
  const relook = relookInContext(geocoder, vouchers);
  const datelineMentions = datelineFound.map((f) => mentionOf(tokens, f, relook(f.phrase, f.locative, null) ?? f.place));
  // Read again with the very countries of the scan, a name the scan found is the same place.
  const moreCountries = vouchers.size > scanCountries.length;
  const foundMentions = found.map((f) => mentionOf(tokens, f, moreCountries ? relook(f.phrase, f.locative, scanCountries.length) ?? f.place : f.place));
  return Object.freeze({
    mentions: Object.freeze(datelineMentions.concat(foundMentions)),
    dateline: Object.freeze(datelineMentions),
  });
}

/**
 * The second reading of a phrase: looked up with the countries that some name other than the
 * phrase itself vouches for. Memoised per phrase and reading, as a document names its places again
 * and again. `scanned`, when not null, is how many countries the scan read the phrase with: the
 * vouched countries start with those, in the same order, so a list as long is the same list and the
 * answer is the scan's own (the result is then `undefined`: the caller keeps its place).
 */
function relookInContext(
  geocoder: Geocoder, vouchers: ReadonlyMap<string, ReadonlySet<string>>,
): (phrase: string, locative: boolean, scanned: number | null) => GeoPlace | null | undefined {
  const seen = new Map<string, { plain?: GeoPlace | null; locative?: GeoPlace | null; countries: readonly string[] }>();
  return (phrase, locative, scanned) => {
    let entry = seen.get(phrase);
    if (!entry) {
      const key = placeKey(phrase);
      const countries: string[] = [];
      for (const [country, names] of vouchers) if (names.size > 1 || !names.has(key)) countries.push(country);
      entry = { countries };
      seen.set(phrase, entry);
    }
    if (entry.countries.length === scanned) return undefined;
    const reading = locative ? 'locative' : 'plain';
    let place = entry[reading];
    if (place === undefined) {
      place = geocoder.lookup(phrase, { countries: entry.countries, locative });
      entry[reading] = place;
    }
    return place;
  };
}

function scanSentences(
  text: string, sentences: readonly Sentence[], tokens: TokenTable, geocoder: Geocoder,
  countries: readonly string[], skipBefore: number, nameStarts: WordFacts | undefined,
): Found[] {
  const found: Found[] = [];
  // By the word id of a token's text: its name start (see nameStartOf), when the caller keeps them.
  const textIds = nameStarts === undefined ? undefined : tokens.words?.text;
  const starts = textIds === undefined ? null : nameStarts!.tableFor(tokens.words!.vocabulary);
  const locativeEndingAt = new Map<number, boolean>();
  const possessorLocative = (j: number): boolean | null => locativeEndingAt.get(j) ?? null;
  // One context object per reading, made once: lookups happen per phrase tried.
  const contexts = { plain: { countries, locative: false }, locative: { countries, locative: true } };
  for (const s of sentences) {
    if (s.boilerplate) continue;
    for (let i = Math.max(s.firstToken, skipBefore); i < s.endToken; i++) {
      const id = textIds === undefined ? -1 : textIds[i];
      let start: number;
      if (id >= 0) {
        start = starts![id];
        if (start === UNKNOWN_FACT) start = starts![id] = nameStartOf(tokens.text[i], tokens.lower[i], geocoder);
      } else {
        start = nameStartOf(tokens.text[i], tokens.lower[i], geocoder);
      }
      if (start === NOT_CAPITALISED || (i === s.firstToken && tokens.pos[i] !== 'PROPN')) continue;
      const words = nameWordsAfter(start, text, tokens.end[i]);
      if (words === 0) continue;
      const locative = locativeCue(tokens, i, s.firstToken, possessorLocative);
      const match = longestPlace(text, tokens, i, s.endToken, geocoder, locative ? contexts.locative : contexts.plain, words);
      if (!match || partOfLongerName(tokens, i, match.end, s.firstToken, locative)) continue;
      found.push({ first: i, end: match.end, sentence: s.index, phrase: match.phrase, locative, place: match.place });
      locativeEndingAt.set(match.end - 1, locative);
      i = match.end - 1;
    }
  }
  return found;
}

/** A name start of a word that is not capitalised: no place name starts there. */
const NOT_CAPITALISED = 0;
/** The most words of a name start that stands for "no bound" (Infinity). */
const UNBOUNDED_WORDS = 2 ** 20;

/**
 * What a token's text says about a place name starting at it, as one number (a function of the
 * text alone, so it is remembered per word): `NOT_CAPITALISED`, or 1 + (1 if the name's leading
 * run is the whole token) + 2 * the most words such a name can have (0 when the geocoder knows no
 * name with that run; `UNBOUNDED_WORDS` when it cannot tell). See `nameWordsAfter`.
 */
function nameStartOf(word: string, lower: string, geocoder: Geocoder): number {
  if (!isCapitalised(word)) return NOT_CAPITALISED;
  if (!geocoder.mayStartName) return 1 + 2 * UNBOUNDED_WORDS;
  const key = tokenPlaceKey(word, lower);
  if (key === 'the') return 1 + 2 * UNBOUNDED_WORDS; // "The Hague": keys drop a leading "the "
  const run = leadingRun(key);
  const open = run === key ? 1 : 0;
  const most = !geocoder.mayStartName(run) ? 0 : geocoder.longestNameWords?.(run) ?? Infinity;
  return 1 + open + 2 * Math.min(most, UNBOUNDED_WORDS);
}

/**
 * The most words a place name starting at a token with name start `start` (`nameStartOf`, not
 * `NOT_CAPITALISED`) can have, the token ending at `after`: 0 when none can start there (the
 * leading run of every phrase from it is the token's own, and the geocoder knows no name with it),
 * Infinity when the geocoder cannot tell. Most capitalised words ("President", "Reuters") end
 * here, before any phrase is cut or looked up.
 */
function nameWordsAfter(start: number, text: string, after: number): number {
  // The phrase's run could go on into the next token when nothing separates them.
  if (((start - 1) & 1) === 1 && after < text.length && !isRunBreak(text.charCodeAt(after))) return Infinity;
  const most = (start - 1 - ((start - 1) & 1)) / 2;
  return most >= UNBOUNDED_WORDS ? Infinity : most;
}

/**
 * Which phrases starting at token `first` may be names, as a bit set over their lengths (bit n:
 * the phrase of n + 1 tokens): the last token must be capitalised, and a phrase must not have more
 * words than `maxWords`. A phrase has at least one word more than it has gaps holding a space
 * between its tokens; a token that may vanish from a key (all accents or spaces) leaves that
 * phrase and every longer one without a bound. One pass over at most `MAX_NAME_TOKENS` tokens.
 */
function phraseLengths(text: string, tokens: TokenTable, first: number, end: number, maxWords: number): number {
  let lengths = 0;
  let words = 1;
  let bounded = true;
  for (let k = first; k < end; k++) {
    const word = tokens.text[k];
    if (bounded && !isSolidWord(word)) bounded = false;
    if (k > first && hasSpaceBetween(text, tokens.end[k - 1], tokens.start[k])) words++;
    if (isCapitalised(word) && (k - first < maxWords || !bounded || words <= maxWords)) lengths |= 1 << (k - first);
  }
  return lengths;
}

function hasSpaceBetween(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (isSpaceCode(text.charCodeAt(p))) return true;
  return false;
}

function longestPlace(
  text: string, tokens: TokenTable, first: number, sentenceEnd: number, geocoder: Geocoder,
  context: GeocoderContext, maxWords: number,
): { end: number; phrase: string; place: GeoPlace } | null {
  const lengths = phraseLengths(text, tokens, first, Math.min(sentenceEnd, first + MAX_NAME_TOKENS), maxWords);
  for (let n = MAX_NAME_TOKENS - 1; n >= 0; n--) {
    if ((lengths & (1 << n)) === 0) continue;
    const end = first + n + 1;
    const start = tokens.start[first];
    const stop = tokens.end[end - 1];
    if (geocoder.mayKnowPhrase && !geocoder.mayKnowPhrase(text, start, stop)) continue;
    const phrase = text.slice(start, stop);
    if (phrase.includes('\n')) continue;
    const place = geocoder.lookup(phrase, context);
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

function mentionOf(tokens: TokenTable, f: Found, p: GeoPlace): PlaceMention {
  return Object.freeze({
    kind: 'place', sentence: f.sentence, tokens: Object.freeze([f.first, f.end] as const),
    span: createSpan(tokens.start[f.first], tokens.end[f.end - 1]),
    name: p.name, country: p.country, lat: p.lat, lon: p.lon, geonamesId: p.geonamesId, placeKind: p.placeKind,
    locative: f.locative,
  });
}
