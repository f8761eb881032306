import type { ActorMention } from '../../core/actor.js';
import { layer, withLayers, type LocativeMention, type ParleyDocument } from '../../core/document.js';
import { createStage, type Stage } from '../../core/stage.js';
import type { TokenTable } from '../../core/tokens.js';
import type { ActorLexicon } from '../../lexicon/types.js';
import type { Tagger } from '../segment/tagger.js';
import { createActorCodes, type ActorCodes } from './actor-codes.js';
import { chunkPieces, type Chunk } from './chunks.js';
import { specOfChunk, type ActorSpec } from './compose.js';
import { createPhraseIndex, type PhraseIndex } from './phrase-index.js';
import { findPieces, type KnownName } from './pieces.js';
import { isLeaderNounAt, withLeaders } from './leader-nouns.js';
import { withFormerOffices } from './former-office.js';
import { isBorderNoun, isForeignForce, isInstitutionWord, isMakerHyphen, isMultinationalForce, isTimeWord } from './phrase-words.js';
import { placeNameStart, prepositionBeforePlace } from './place-lead.js';
import { rememberPlaceCountries } from './place-country-memo.js';

/** Prepositions after which a bare capital or city name is a place, not an actor. */
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'around', 'within', 'into']);
/** The same for a country name: "fired at Russia" and "marched toward Iraq" name a target. */
const COUNTRY_LOCATIVE = new Set(['in', 'inside', 'across', 'throughout', 'within', 'into']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Prepositions that give a role noun its country: "officials from Iran", "the president of Iraq". */
const ATTACHING = new Set(['of', 'from', 'in', 'at']);

interface Item {
  readonly chunk: Chunk;
  readonly spec: ActorSpec;
}

/**
 * The actors stage: finds every actor in the non-boilerplate sentences, from the dictionaries
 * (countries, capitals, bodies, groups, people with dated offices, roles, titles) and from the
 * article itself (a name given with a title, later used alone). Compounds ("the US and Iran")
 * give one mention per member sharing a group number.
 *
 * @example
 * createActorsStage(loadActorLexicon(), tagger).run(doc) // doc with an 'actors' layer
 */
export function createActorsStage(lexicon: ActorLexicon, tagger: Tagger, placeCountryOf: ((name: string) => string | null) | null = null): Stage {
  const index = createPhraseIndex(lexicon, tagger);
  const codes = createActorCodes();
  const countryOfPlace = placeCountryOf && rememberPlaceCountries(placeCountryOf);
  return createStage({
    name: 'actors',
    requires: ['sentences', 'tokens'],
    provides: ['actors', 'locatives'],
    run(doc) {
      const locatives: LocativeMention[] = [];
      const actors = withDocumentCountry(codeActors(doc, index, locatives, countryOfPlace, codes), locatives, layer(doc, 'tokens'), codes);
      return withLayers(doc, { actors: Object.freeze(actors), locatives: Object.freeze(locatives) });
    },
  });
}

/** All actor mentions of a document, in text order. */
export function codeActors(doc: ParleyDocument, index: PhraseIndex, locatives: LocativeMention[] = [],
  placeCountryOf: ((name: string) => string | null) | null = null, codes: ActorCodes = createActorCodes()): ActorMention[] {
  const tokens = layer(doc, 'tokens');
  const known = new Map<string, KnownName>();
  const out: ActorMention[] = [];
  let groupCounter = 0;
  let leading = 0;
  for (const sentence of layer(doc, 'sentences')) {
    if (sentence.boilerplate || sentence.endToken === sentence.firstToken) continue;
    const maybeDateline = leading++ < 3;
    const pieces = findPieces(tokens, sentence.firstToken, sentence.endToken, index, known);
    if (pieces.length === 0) continue;
    const items: Item[] = [];
    for (const chunk of chunkPieces(tokens, sentence.firstToken, pieces)) {
      const spec = specOfChunk(chunk, tokens, doc.meta.date);
      if (spec && !describesThing(tokens, { chunk, spec })) items.push({ chunk, spec });
      if (spec?.introduces && !known.has(spec.introduces.surname)) known.set(spec.introduces.surname, spec.introduces.known);
    }
    const sentenceMentions: ActorMention[] = [];
    // Countries of the places this sentence names (repeats allowed).
    const placeCountries: string[] = [];
    let i = 0;
    while (i < items.length) {
      // The members of one actor phrase are always the run items[lo..j).
      let lo = i;
      let j = compoundEnd(tokens, items, i);
      let head: Item | null = null;
      let owned = false;
      if (j === i + 1 && items[i].spec.needsCountry) {
        // "officials from the US and Iran": the role noun takes each following country.
        const k = j;
        // "its troops from Lebanon": a possessed role noun keeps its owner; the PP is a place.
        owned = isPossessed(tokens, items[i].chunk.start, sentence.firstToken);
        const prep = k < items.length && !owned ? attachingPrep(tokens, items[i].chunk.end, items[k].chunk.start) : false;
        if (prep && items[k].spec.country !== null) {
          head = items[i];
          lo = k;
          j = compoundEnd(tokens, items, k);
        }
      }
      const single = j === lo + 1;
      const first = head ?? items[lo];
      const dateline = maybeDateline && !head && isDateline(tokens, sentence.firstToken, items, lo, j);
      // "a Nairobi shopping mall": a capital that modifies a common noun names a place.
      const cityModifier = !head && single && items[lo].spec.evidence === 'capital'
        && items[lo].chunk.end < sentence.endToken && tokens.pos[items[lo].chunk.end] === 'NOUN' && !isLeaderNounAt(tokens, items[lo].chunk.end, sentence.endToken);
      if (dateline || cityModifier || !head && allPlaceLike(items, lo, j) && isLocative(tokens, first.chunk.start, sentence.firstToken, anyCapital(items, lo, j))) {
        for (let m = lo; m < j; m++) {
          const { chunk, spec } = items[m];
          if (!spec.country) continue;
          placeCountries.push(spec.country);
          locatives.push(Object.freeze({ kind: 'locative', sentence: sentence.index, tokens: Object.freeze([chunk.start, chunk.end] as const), country: spec.country }));
        }
        i = j;
        continue;
      }
      const phrase: readonly [number, number] = Object.freeze([first.chunk.start, items[j - 1].chunk.end] as const);
      const group = single ? null : ++groupCounter;
      const shared = sharedRoles(items, lo, j);
      // "Prime Minister Fabius and a group of deputies": a member with no country shares the others' one.
      const partners = !head && !single ? partnersCountry(items, lo, j) : null;
      // "the mayor of the West Bank city of Nablus", "police in Basra": a place gives a role its country.
      const placeCountry = !head && single && !owned && items[lo].spec.needsCountry && placeCountryOf
        ? countryOfPlaceAfter(tokens, items[lo].chunk.end, sentence.endToken, placeCountryOf) : null;
      // "Syria offered its troops", "Israel strengthened its forces in Lebanon": the owner's country.
      const owner = owned && !head && single ? ownerOf(sentenceMentions, tokens) : null;
      for (let n = lo; n < j; n++) {
        const m = items[n];
        let roles = m.spec.roles;
        let evidence = m.spec.evidence;
        if (head && (roles.length === 0 || m.spec.bareCountry)) { roles = head.spec.roles; evidence = head.spec.evidence; }
        else if (roles.length === 0 && shared && hasAdjective(m)) roles = shared;
        let given = owner ?? placeCountry ?? (partners !== null && m.spec.needsCountry && isStateRole(m.spec.roles) ? partners : null);
        // "a regional peacekeeping force": a multinational force of no named country is an IGO's.
        if (given === null && !head && m.spec.needsCountry && m.spec.roles.includes('MIL') && isMultinationalForce(tokens, m.chunk.start, m.chunk.end)) given = 'IGO';
        sentenceMentions.push(mention(tokens, sentence.index, m, roles, evidence, phrase, group, given, codes));
      }
      i = j;
    }
    if (placeCountryOf) {
      // "exercises in Alaska", "a rally in Gjilan": other places named after "in" are locatives too.
      geocodedLocatives(tokens, sentence.index, sentence.firstToken, sentence.endToken, items, placeCountryOf, locatives, placeCountries);
    }
    withSentenceCountry(sentenceMentions, placeCountries, tokens, codes);
    const led = withLeaders(tokens, sentenceMentions, sentence.firstToken, sentence.endToken);
    for (const m of withFormerOffices(tokens, led, sentence.firstToken)) out.push(m);
  }
  return out;
}

/**
 * The end of the compound that starts at item `i` ("the US, Britain and Iran"): items joined by
 * ",", "and", "or" with a conjunction somewhere; `i + 1` when there is none.
 */
function compoundEnd(tokens: TokenTable, items: readonly Item[], i: number): number {
  let j = i + 1;
  while (j < items.length && joinsCompound(tokens, items[j - 1].chunk.end, items[j].chunk.start)) j++;
  return j > i + 1 && !hasConjunction(tokens, items, i, j) && !(j - i >= LIST_LENGTH && conjunctionAfter(tokens, items[j - 1].chunk.end)) ? i + 1 : j;
}

/** Members a comma list needs to be a compound whose conjunction comes after an aside ("Iran, Libya, Sudan, and with conditions, Cuba"). */
const LIST_LENGTH = 3;

/** ", and" or ", or" right after token `from`: a list goes on past an aside. */
function conjunctionAfter(tokens: TokenTable, from: number): boolean {
  if (from + 1 >= tokens.count || tokens.lower[from] !== ',') return false;
  const w = tokens.lower[from + 1];
  return w === 'and' || w === 'or';
}

/**
 * "on the Thai border", "Russian-made rockets", "a Saudi-owned weekly": a country adjective before
 * a border or a hyphenated participle describes a thing and names no actor (nor one place).
 */
function describesThing(tokens: TokenTable, item: Item): boolean {
  return item.spec.bareCountry && isAdjectiveOnly(item) && (isBorderNoun(tokens, item.chunk.end) || isMakerHyphen(tokens, item.chunk.end));
}

/** Roles of a state's own bodies: only these share a compound partner's country ("aid workers" need not). */
const STATE_ROLES: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY']);

function isStateRole(roles: readonly string[]): boolean {
  for (const r of roles) if (STATE_ROLES.has(r)) return true;
  return false;
}

/**
 * The one country the members `lo..hi` of a compound that have a country agree on, when some
 * member has none; null when none is missing, or the members name no country or several.
 */
function partnersCountry(items: readonly Item[], lo: number, hi: number): string | null {
  let country: string | null = null;
  let missing = false;
  for (let m = lo; m < hi; m++) {
    const c = items[m].spec.country;
    if (c === null) { missing ||= items[m].spec.needsCountry; continue; }
    if (country !== null && c !== country) return null;
    country = c;
  }
  return missing ? country : null;
}

/** Every member is a bare country or capital name, and not an adjective alone. */
function allPlaceLike(items: readonly Item[], lo: number, hi: number): boolean {
  for (let m = lo; m < hi; m++) if (!items[m].spec.bareCountry || isAdjectiveOnly(items[m])) return false;
  return true;
}

function anyCapital(items: readonly Item[], lo: number, hi: number): boolean {
  for (let m = lo; m < hi; m++) if (items[m].spec.evidence === 'capital') return true;
  return false;
}

function hasAdjective(item: Item): boolean {
  for (const p of item.chunk.pieces) if (p.set.anyAdjective) return true;
  return false;
}

/**
 * "Judge Rivera opened an inquiry into Chilean officials": when a sentence names exactly one
 * country, its role-only actors ("Judge Rivera") are taken to be of that country. Fills the
 * country in `mentions` itself (the stage's own array, not yet handed out).
 */
function withSentenceCountry(mentions: ActorMention[], placeCountries: readonly string[], tokens: TokenTable, codes: ActorCodes): void {
  const country = onlyCountry(mentions, placeCountries);
  if (country === null) return;
  // Only an actor of its own ("Chilean officials", "Guyana") says whose sentence it is; an adjective
  // alone ("Turkish shelling") or a possessor ("China's aid") is as likely the other side.
  if (placeCountries.length === 0 && !mentions.some((m) => m.country && (m.roles.length > 0 || m.evidence !== 'dictionary' || !isModifier(m, tokens)))) {
    // "will boycott Algeria's elections unless the president resigns": a definite state body
    // ("the president", "the police") after the country's mention refers back to it. (Before it,
    // "the government thanked China's envoy", the country is as likely the other side.)
    const firstNamed = mentions.find((m) => m.country === country)?.tokens[0] ?? Infinity;
    fillCountry(mentions, country, codes, tokens, (m, t) => m.tokens[0] > firstNamed && isDefiniteStateBody(m, t));
    return;
  }
  fillCountry(mentions, country, codes, tokens);
}

/** Roles of the state's own civil bodies: "the president", "the parliament", "the courts", "the police". */
const CIVIL_STATE_ROLES: ReadonlySet<string> = new Set(['GOV', 'LEG', 'JUD', 'COP']);

/** "the president", "the police": a state body named with "the" and no name or country of its own. */
function isDefiniteStateBody(m: ActorMention, tokens: TokenTable): boolean {
  const before = m.tokens[0] - 1;
  return m.name === null && m.roles.length > 0 && m.roles.every((r) => CIVIL_STATE_ROLES.has(r))
    && before >= 0 && tokens.lower[before] === 'the';
}

/** The one country the places and actors of a sentence name, or null when they name none or several. */
function onlyCountry(mentions: readonly ActorMention[], placeCountries: readonly string[]): string | null {
  let only: string | null = null;
  for (const c of placeCountries) {
    if (only === null) only = c;
    else if (c !== only) return null;
  }
  for (const m of mentions) {
    if (!m.country) continue;
    if (only === null) only = m.country;
    else if (m.country !== only) return null;
  }
  return only;
}

/** A bare country word that modifies a noun: an adjective ("Turkish shelling") or a possessor ("China's aid"). */
function isModifier(m: ActorMention, tokens: TokenTable): boolean {
  const next = m.tokens[1];
  if (next >= tokens.count) return false;
  const w = tokens.lower[next];
  return w === "'s" || w === '\u2019s' || (tokens.pos[next] === 'NOUN' && !isTimeWord(tokens, next)) || endsLikeAdjective(tokens.text[m.tokens[0]]);
}

/** "Iraqi", "Chinese", "Turkish", "Iranian", "Islamic": the endings of country adjectives. */
function endsLikeAdjective(word: string): boolean {
  return word.endsWith('an') || word.endsWith('ese') || word.endsWith('ish') || word.endsWith('i') || word.endsWith('ic');
}

function mention(tokens: TokenTable, sentence: number, item: Item, roles: readonly string[],
  evidence: ActorMention['evidence'], phrase: readonly [number, number], group: number | null, placeCountry: string | null, codes: ActorCodes): ActorMention {
  let start = item.chunk.start;
  while (start < item.chunk.end - 1 && tokens.pos[start] === 'DET') start++;
  const end = item.chunk.end;
  const prefix = placeCountry ?? item.spec.prefix;
  // An owner that is a body ("the UN ... its peacekeepers") gives its prefix, not a country.
  const country = placeCountry === null ? item.spec.country : NON_STATE_PREFIXES.has(placeCountry) ? null : placeCountry;
  return Object.freeze({
    kind: 'actor',
    sentence,
    tokens: Object.freeze([start, end] as const),
    phrase,
    span: Object.freeze([tokens.start[start], tokens.end[end - 1]] as const),
    code: item.spec.code !== null && roles === item.spec.roles ? item.spec.code : codeOf(prefix, roles, codes),
    country,
    // Role lists from the dictionary are frozen already and can be shared.
    roles: Object.isFrozen(roles) ? roles : Object.freeze(roles.slice()),
    name: item.spec.name,
    evidence,
    group,
  });
}

/**
 * "its troops", "their peacekeeping battalion": a possessive pronoun opens the chunk at `start`, or
 * comes just before it, past at most two modifying nouns or adjectives.
 */
function isPossessed(tokens: TokenTable, start: number, sentenceStart: number): boolean {
  if (POSSESSIVES.has(tokens.lower[start])) return true;
  for (let k = start - 1; k >= sentenceStart && k >= start - 3; k--) {
    if (POSSESSIVES.has(tokens.lower[k])) return true;
    const pos = tokens.pos[k];
    if (pos !== 'NOUN' && pos !== 'ADJ') return false;
  }
  return false;
}

/** Prefixes that stand where a country would but are none ("IGOMIL"). */
const NON_STATE_PREFIXES: ReadonlySet<string> = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'UIS']);

/**
 * The prefix an owner gives a possessed role noun ("its troops"): that of the nearest earlier actor
 * of the sentence that does not just modify a noun; null when there is none or it has no country.
 */
function ownerOf(mentions: readonly ActorMention[], tokens: TokenTable): string | null {
  for (let n = mentions.length - 1; n >= 0; n--) {
    const m = mentions[n];
    if (isModifier(m, tokens)) continue;
    // "the rebels said their fighters ...": an owner of unknown country gives none.
    return m.code.startsWith('---') ? null : m.country ?? m.code.slice(0, 3);
  }
  return null;
}

/** The code of a prefix and roles, the prefix not repeated as a role ("IGO" with roles ["IGO"]). */
function codeOf(prefix: string | null, roles: readonly string[], codes: ActorCodes): string {
  return codes.join(prefix, prefix !== null && roles.includes(prefix) ? roles.filter((r) => r !== prefix) : roles);
}

/** The country of a place named right after a role noun's "of"/"in"/"from"/"at" ("of the West Bank city"). */
function countryOfPlaceAfter(tokens: TokenTable, from: number, end: number, placeCountryOf: (name: string) => string | null): string | null {
  if (from >= end || !ATTACHING.has(tokens.lower[from])) return null;
  let k = from + 1;
  while (k < end && k <= from + 3 && (tokens.pos[k] === 'DET' || (tokens.pos[k] === 'ADJ' && !startsWithCapital(tokens.text[k])))) k++;
  let stop = k;
  while (stop < end && stop < k + 4 && startsWithCapital(tokens.text[stop]) && (tokens.pos[stop] === 'PROPN' || tokens.pos[stop] === 'NOUN')) stop++;
  if (isInstitutionWord(tokens, k)) return null;
  for (let e = stop; e > k; e--) {
    const country = placeCountryOf(wordsOf(tokens, k, e));
    if (country) return country;
  }
  return null;
}

/**
 * "BAGHDAD, Jan 8 (Wire) -", "Washington/Baghdad :": the place names that open a wire story are
 * its dateline, not actors.
 */
function isDateline(tokens: TokenTable, sentenceStart: number, items: readonly Item[], lo: number, hi: number): boolean {
  if (items[lo].chunk.start !== sentenceStart) return false;
  for (let m = lo; m < hi; m++) if (!items[m].spec.bareCountry) return false;
  const after = items[hi - 1].chunk.end;
  const next = tokens.lower[after];
  const upper = tokens.text[items[lo].chunk.end - 1] === tokens.text[items[lo].chunk.end - 1].toUpperCase();
  return next === '/' || next === ':' || next === '(' || next === '-' || next === '—' || (next === ',' && upper);
}

/** Gives `country` to the mentions (in place) that have a role but no country of their own (and pass `only`, when given). */
function fillCountry(mentions: ActorMention[], country: string, codes: ActorCodes, tokens: TokenTable,
  only: ((m: ActorMention, tokens: TokenTable) => boolean) | null = null): void {
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n];
    if (m.country !== null || m.roles.length === 0 || !m.code.startsWith('---')) continue;
    if (only !== null && !only(m, tokens)) continue;
    // Peacekeepers and coalition troops are rarely of the story's own country.
    if (isForeignForce(tokens, m.tokens[0], m.tokens[1])) continue;
    mentions[n] = Object.freeze({
      kind: m.kind, sentence: m.sentence, tokens: m.tokens, phrase: m.phrase, span: m.span,
      code: codes.join(country, m.roles), country, roles: m.roles, name: m.name, evidence: m.evidence, group: m.group,
    });
  }
}

/**
 * "government troops", "the rebels", "police" with no country of their own, in a story whose
 * dateline (or, failing that, most of whose actors) is one country: they are that country's.
 * Fills the country in `mentions` itself.
 */
function withDocumentCountry(mentions: ActorMention[], locatives: readonly LocativeMention[], tokens: TokenTable, codes: ActorCodes): ActorMention[] {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.country && (m.roles.length > 0 || !isModifier(m, tokens))) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  let total = 0;
  for (const [c, n] of counts) { total += n; if (n > bestCount) { best = c; bestCount = n; } }
  const dateline = locatives.find((l) => l.sentence <= 1)?.country ?? null;
  const country = dateline ?? (best !== null && bestCount * 2 > total ? best : null);
  if (country !== null) fillCountry(mentions, country, codes, tokens);
  return mentions;
}

/**
 * Places after a locative preposition that are no actor chunk, by the geocoder: adds them to
 * `locatives` and their countries to `placeCountries`.
 */
function geocodedLocatives(tokens: TokenTable, sentence: number, first: number, end: number, items: readonly Item[],
  placeCountryOf: (name: string) => string | null, locatives: LocativeMention[], placeCountries: string[]): void {
  for (let k = first; k + 1 < end; k++) {
    if (!LOCATIVE.has(tokens.lower[k])) continue;
    // "in the northern city of Kirkuk", "in the capital Algiers": the name after its lead.
    const start = placeNameStart(tokens, k, end);
    let stop = start;
    while (stop < end && stop < start + 3 && startsWithCapital(tokens.text[stop]) && tokens.pos[stop] === 'PROPN' && !inChunk(items, stop)) stop++;
    if (stop === start || isInstitutionWord(tokens, start)) continue;
    const country = placeCountryOf(wordsOf(tokens, start, stop));
    if (country) {
      locatives.push(Object.freeze({ kind: 'locative', sentence, tokens: Object.freeze([start, stop] as const), country }));
      placeCountries.push(country);
    }
    k = stop - 1;
  }
}

/** The words of tokens `[from, to)` joined by spaces; a single token's own string, not a copy. */
function wordsOf(tokens: TokenTable, from: number, to: number): string {
  return to === from + 1 ? tokens.text[from] : tokens.text.slice(from, to).join(' ');
}

function inChunk(items: readonly Item[], k: number): boolean {
  for (const it of items) if (it.chunk.start <= k && k < it.chunk.end) return true;
  return false;
}

/** "Basra", not "basra" or "10": the word starts with a capital A-Z. */
function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** "in Israeli shelling": an adjective after "in" names no place. */
function isAdjectiveOnly(item: Item): boolean {
  for (const p of item.chunk.pieces) if (p.set.entries.length === 0 || !p.set.allAdjective) return false;
  return true;
}

/** Tokens between two chunks are only ",", "and", "or" (", and"): a compound. */
function joinsCompound(tokens: TokenTable, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let k = from; k < to; k++) {
    const w = tokens.lower[k];
    if (w !== ',' && w !== 'and' && w !== 'or' && w !== '&') return false;
  }
  return true;
}

function hasConjunction(tokens: TokenTable, items: readonly Item[], lo: number, hi: number): boolean {
  for (let m = lo + 1; m < hi; m++) {
    for (let k = items[m - 1].chunk.end; k < items[m].chunk.start; k++) {
      const w = tokens.lower[k];
      if (w === 'and' || w === 'or' || w === '&') return true;
    }
  }
  return false;
}

/** "from Myanmar", "from military-ruled Myanmar": a preposition and modifiers only. */
function attachingPrep(tokens: TokenTable, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3 || !ATTACHING.has(tokens.lower[from])) return false;
  for (let k = from + 1; k < to; k++) {
    const pos = tokens.pos[k];
    if (!(pos === 'DET' || pos === 'ADJ' || (pos === 'VERB' && tokens.lower[k].endsWith('ed')))) return false;
  }
  return true;
}

function isLocative(tokens: TokenTable, start: number, sentenceStart: number, capital: boolean): boolean {
  if (start <= sentenceStart) return false;
  const prepositions = capital ? LOCATIVE : COUNTRY_LOCATIVE;
  if (prepositions.has(tokens.lower[start - 1])) return true;
  // "in the capital Algiers", "in the eastern province of Herat".
  const prep = prepositionBeforePlace(tokens, start, sentenceStart);
  return prep >= 0 && prepositions.has(tokens.lower[prep]);
}

/** "the US and Iranian delegations": the role of the last member is shared by bare adjectives. */
function sharedRoles(items: readonly Item[], lo: number, hi: number): readonly string[] | null {
  if (hi - lo < 2) return null;
  const last = items[hi - 1];
  if (last.spec.roles.length === 0 || last.spec.evidence !== 'role') return null;
  if (!hasAdjective(last)) return null;
  return last.spec.roles;
}
