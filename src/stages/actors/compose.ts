import { actorCode, type ActorEvidence } from '../../core/actor.js';
import type { TokenTable } from '../../core/tokens.js';
import type { ActorEntry } from '../../lexicon/types.js';
import type { Chunk } from './chunks.js';
import type { EntrySet } from './entry-set.js';
import type { KnownName } from './pieces.js';

/** What a chunk says about an actor: its code parts, name and how it was recognised. */
export interface ActorSpec {
  readonly country: string | null;
  readonly prefix: string | null;
  readonly roles: readonly string[];
  readonly name: string | null;
  readonly evidence: ActorEvidence;
  /** True when the chunk names roles but no country ("officials"): a PP may supply one. */
  readonly needsCountry: boolean;
  /** True when the chunk is only a country or capital name (it may be a place, not an actor). */
  readonly bareCountry: boolean;
  /** A person's name first given here, to resolve later short references. */
  readonly introduces: { readonly surname: string; readonly known: KnownName } | null;
  /** The dictionary's own full code for a known body or person ("IGOUNO"): used as is unless roles change. */
  readonly code: string | null;
}

/**
 * Reads a chunk's pieces as one actor: a known person or body wins; otherwise a country (from a
 * name, adjective or capital) joined with the role of the head noun or title.
 *
 * @example
 * // "Iraqi Prime Minister Nuri al-Maliki" -> { prefix: 'IRQ', roles: ['GOV'], name: 'Nuri al-Maliki' }
 */
export function specOfChunk(chunk: Chunk, tokens: TokenTable, date: string | null): ActorSpec | null {
  let person: ActorSpec | null = null;
  let body: ActorEntry | null = null;
  let known: KnownName | null = null;
  let country: string | null = null;
  let capital: ActorEntry | null = null;
  let roles: readonly string[] | null = null;
  let titleRoles: readonly string[] | null = null;
  let nameStart = -1;
  let nameEnd = -1;
  let countryOnly = true;
  let adjectiveOnly = true;
  // A role word right before a common noun only modifies it ("military exercises", "police station").
  const modifierOnly = chunk.end < tokens.count && tokens.pos[chunk.end] === 'NOUN' && tokens.sentence[chunk.end] === tokens.sentence[chunk.end - 1];
  const pieces = chunk.pieces;
  const lastPiece = pieces[pieces.length - 1];
  // True while the last title came from a singular role noun before unknown capitalised words.
  let roleAsTitle = false;
  let ethnic = false;
  for (let n = 0; n < pieces.length; n++) {
    const p = pieces[n];
    const set = p.set;
    if (modifierOnly && p === lastPiece && p.end === p.matchEnd && set.allRoleOrTitle) continue;
    if (p.known) { known = p.known; countryOnly = false; adjectiveOnly = false; continue; }
    if (set.persons.length > 0) { person = personOf(set, date); countryOnly = false; adjectiveOnly = false; continue; }
    const b = set.body;
    if (b) { body ??= b; countryOnly = false; adjectiveOnly = false; continue; }
    const c = set.countryish;
    // "ethnic Albanians", "ethnic Turkish villagers": a people, not the state of that name.
    if (c && p.start > 0 && tokens.lower[p.start - 1] === 'ethnic') { ethnic = true; countryOnly = false; adjectiveOnly = false; continue; }
    if (c) {
      if (country === null) country = c.country;
      if (c.kind === 'capital' && set.allCapital) capital ??= c;
      if (!set.allAdjective) adjectiveOnly = false;
      if (c.kind === 'people' && set.allPeople) adjectiveOnly = false;
      continue;
    }
    if (set.titleRoles) {
      // "a major offensive", "the deputy chief": a title in lower case with no name after it is a
      // common word, unless it is a role noun too ("the general", "the minister").
      if (p.end === p.matchEnd && set.roleRoles === null && p.matchEnd === p.start + 1 && COMMON_WORD_TITLES.has(tokens.lower[p.start])
        && isLowerCase(tokens.text[p.start])) continue;
      titleRoles = set.titleRoles;
      roleAsTitle = false;
      if (p.end > p.matchEnd) { nameStart = p.matchEnd; nameEnd = p.end; }
      countryOnly = false; adjectiveOnly = false;
      continue;
    }
    if (set.roleRoles) {
      // "the official CTK news agency": the capitalised words were a modifier; the head noun is the role.
      if (roleAsTitle) { titleRoles = null; nameStart = -1; nameEnd = -1; roleAsTitle = false; }
      roles = set.roleRoles;
      countryOnly = false; adjectiveOnly = false;
      // "Libyan leader Muammar Gaddafi": a singular role noun before a name works as a title.
      if (p.end > p.matchEnd) { titleRoles = roles; nameStart = p.matchEnd; nameEnd = p.end; roleAsTitle = true; }
    }
  }
  if (ethnic && !person && !known && !body && !titleRoles && !roles) roles = CVL;
  if (person) return person;
  if (known) return spec(known.country, known.country ?? prefixOf(known.code), known.roles, known.name, 'coreference', false, false, null, known.code);
  if (body) {
    if (body.roles.length > 0 || !roles) return spec(body.country, body.country ?? prefixOf(body.code), body.roles, body.name, 'dictionary', false, false, null, body.code);
    return spec(body.country, body.country ?? prefixOf(body.code), roles, body.name, 'dictionary', false, false, null, null);
  }
  // "Israeli shelling", "the Macedonian flag": an adjective alone names the country (never a place).
  if (adjectiveOnly) return country === null ? null : spec(country, country, NO_ROLES, null, 'dictionary', false, true, null, null);
  const headRoles = titleRoles ?? roles;
  if (headRoles) {
    const evidence: ActorEvidence = titleRoles ? 'title' : 'role';
    const unknownName = nameStart < 0 ? null : tokens.text.slice(nameStart, nameEnd).join(' ');
    const intro = unknownName ? introduce(unknownName, actorCode(country, headRoles), country, headRoles, unknownName) : null;
    return spec(country, country, headRoles, unknownName, evidence, country === null, false, intro);
  }
  if (capital) return spec(capital.country, capital.country, capital.roles.length ? capital.roles : GOV, capital.name, 'capital', false, true, null, capital.code);
  if (country !== null) return spec(country, country, NO_ROLES, null, 'dictionary', false, countryOnly, null);
  return null;
}

/** The spec of a known person's entry: the same for every mention, so worked out once (see `EntrySet`). */
export function personSpec(person: ActorEntry): ActorSpec {
  return spec(person.country, person.country ?? prefixOf(person.code), person.roles, person.name, 'person', false, false,
    introduce(person.name ?? '', person.code, person.country, person.roles, person.name), person.code);
}

/** The spec of the person a piece names on `date` (see `pickDated`). */
function personOf(set: EntrySet, date: string | null): ActorSpec {
  const persons = set.persons;
  if (persons.length === 1) return set.personSpecs[0];
  return set.personSpecs[persons.indexOf(pickDated(persons, date) as ActorEntry)];
}

const NO_ROLES: readonly string[] = Object.freeze([]);
const GOV: readonly string[] = Object.freeze(['GOV']);
const CVL: readonly string[] = Object.freeze(['CVL']);

/** Titles that are everyday words too ("a major offensive", "the deputy chief", "social justice"). */
const COMMON_WORD_TITLES: ReadonlySet<string> = new Set([
  'major', 'deputy', 'justice', 'father', 'representative', 'commissioner', 'inspector', 'captain', 'marshal', 'commander', 'general',
]);

/** "major", "deputy": the word starts with a lower-case letter a-z. */
function isLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122;
}

function spec(country: string | null, prefix: string | null, roles: readonly string[], name: string | null, evidence: ActorEvidence,
  needsCountry: boolean, bareCountry: boolean, introduces: ActorSpec['introduces'], code: string | null = null): ActorSpec {
  return { country, prefix, roles, name, evidence, needsCountry, bareCountry, introduces, code };
}

function introduce(fullName: string, code: string, country: string | null, roles: readonly string[], name: string | null): ActorSpec['introduces'] {
  const surname = lastWord(fullName);
  if (surname === null) return null;
  return { surname: surname.toLowerCase(), known: { code, country, roles, name } };
}

/** The last whitespace-separated word of a name, or null when it has none. */
export function lastWord(text: string): string | null {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** The characters a regular expression's `\s` matches. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function prefixOf(code: string): string {
  return code.slice(0, 3);
}

/** The entry whose dates include `date`; without a date, the most recent; else the nearest. */
export function pickDated(entries: readonly ActorEntry[], date: string | null): ActorEntry | null {
  if (entries.length === 0) return null;
  if (entries.length === 1 || date === null) return latest(entries);
  const inRange = entries.find((e) => (e.from === null || e.from <= date) && (e.to === null || date <= e.to));
  if (inRange) return inRange;
  let best = entries[0];
  let bestGap = Infinity;
  for (const e of entries) {
    const gap = Math.min(gapDays(e.from, date), gapDays(e.to, date));
    if (gap < bestGap) { bestGap = gap; best = e; }
  }
  return best;
}

/** The first entry with the latest start (what a stable sort by start, latest first, puts first). */
function latest(entries: readonly ActorEntry[]): ActorEntry {
  let best = entries[0];
  for (let k = 1; k < entries.length; k++) {
    if ((entries[k].from ?? '').localeCompare(best.from ?? '') > 0) best = entries[k];
  }
  return best;
}

function gapDays(a: string | null, b: string): number {
  if (a === null) return Infinity;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}
