import { actorCode, type ActorEvidence } from '../../core/actor.js';
import type { TokenTable } from '../../core/tokens.js';
import type { ActorEntry } from '../../lexicon/types.js';
import type { Chunk } from './chunks.js';
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

const COUNTRYISH = new Set(['country', 'adjective', 'people', 'capital']);

/**
 * Reads a chunk's pieces as one actor: a known person or body wins; otherwise a country (from a
 * name, adjective or capital) joined with the role of the head noun or title.
 *
 * @example
 * // "Iraqi Prime Minister Nuri al-Maliki" -> { prefix: 'IRQ', roles: ['GOV'], name: 'Nuri al-Maliki' }
 */
export function specOfChunk(chunk: Chunk, tokens: TokenTable, date: string | null): ActorSpec | null {
  let person: ActorEntry | null = null;
  let body: ActorEntry | null = null;
  let known: KnownName | null = null;
  let country: string | null = null;
  let capital: ActorEntry | null = null;
  let roles: readonly string[] | null = null;
  let titleRoles: readonly string[] | null = null;
  let unknownName: string | null = null;
  let countryOnly = true;
  let adjectiveOnly = true;
  // A role word right before a common noun only modifies it ("military exercises", "police station").
  const modifierOnly = chunk.end < tokens.count && tokens.pos[chunk.end] === 'NOUN' && tokens.sentence[chunk.end] === tokens.sentence[chunk.end - 1];
  const lastPiece = chunk.pieces[chunk.pieces.length - 1];
  for (const p of chunk.pieces) {
    const entries = p.entries;
    if (modifierOnly && p === lastPiece && allOfKind(entries, 'role')) continue;
    if (p.known) { known = p.known; countryOnly = false; adjectiveOnly = false; continue; }
    const personEntry = pickDated(personsOf(entries), date);
    if (personEntry) { person = personEntry; countryOnly = false; adjectiveOnly = false; continue; }
    const b = bodyOf(entries);
    if (b) { body ??= b; countryOnly = false; adjectiveOnly = false; continue; }
    const c = countryishOf(entries);
    if (c) {
      if (country === null) country = c.country;
      if (c.kind === 'capital' && allOfKind(entries, 'capital')) capital ??= c;
      if (!allOfKind(entries, 'adjective')) adjectiveOnly = false;
      if (c.kind === 'people' && allOfKind(entries, 'people')) adjectiveOnly = false;
      continue;
    }
    const title = firstOfKind(entries, 'title');
    if (title) {
      titleRoles = title.roles.length ? title.roles : [title.code];
      if (p.end > p.matchEnd) unknownName = tokens.text.slice(p.matchEnd, p.end).join(' ');
      countryOnly = false; adjectiveOnly = false;
      continue;
    }
    const role = firstOfKind(entries, 'role');
    if (role) {
      roles = role.roles.length ? role.roles : [role.code];
      countryOnly = false; adjectiveOnly = false;
      // "Libyan leader Muammar Gaddafi": a singular role noun before a name works as a title.
      if (p.end > p.matchEnd) { titleRoles = roles; unknownName = tokens.text.slice(p.matchEnd, p.end).join(' '); }
    }
  }
  if (person) {
    return spec(person.country, person.country ?? prefixOf(person.code), person.roles, person.name, 'person', false, false,
      introduce(person.name ?? '', person.code, person.country, person.roles, person.name), person.code);
  }
  if (known) return spec(known.country, known.country ?? prefixOf(known.code), known.roles, known.name, 'coreference', false, false, null, known.code);
  if (body) {
    if (body.roles.length > 0 || !roles) return spec(body.country, body.country ?? prefixOf(body.code), body.roles, body.name, 'dictionary', false, false, null, body.code);
    return spec(body.country, body.country ?? prefixOf(body.code), roles, body.name, 'dictionary', false, false, null, null);
  }
  // "Israeli shelling", "the Macedonian flag": an adjective alone names the country (never a place).
  if (adjectiveOnly) return country === null ? null : spec(country, country, [], null, 'dictionary', false, true, null, null);
  const headRoles = titleRoles ?? roles;
  if (headRoles) {
    const evidence: ActorEvidence = titleRoles ? 'title' : 'role';
    const intro = unknownName ? introduce(unknownName, actorCode(country, headRoles), country, headRoles, unknownName) : null;
    return spec(country, country, headRoles, unknownName, evidence, country === null, false, intro);
  }
  if (capital) return spec(capital.country, capital.country, capital.roles.length ? capital.roles : ['GOV'], capital.name, 'capital', false, true, null, capital.code);
  if (country !== null) return spec(country, country, [], null, 'dictionary', false, countryOnly, null);
  return null;
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

function allOfKind(entries: readonly ActorEntry[], kind: ActorEntry['kind']): boolean {
  for (const e of entries) if (e.kind !== kind) return false;
  return true;
}

function firstOfKind(entries: readonly ActorEntry[], kind: ActorEntry['kind']): ActorEntry | undefined {
  for (const e of entries) if (e.kind === kind) return e;
  return undefined;
}

function bodyOf(entries: readonly ActorEntry[]): ActorEntry | undefined {
  for (const e of entries) if (e.kind === 'organization' || e.kind === 'group') return e;
  return undefined;
}

function countryishOf(entries: readonly ActorEntry[]): ActorEntry | undefined {
  for (const e of entries) if (COUNTRYISH.has(e.kind)) return e;
  return undefined;
}

/** The person entries among `entries`, in order (the array itself when all are). */
function personsOf(entries: readonly ActorEntry[]): readonly ActorEntry[] {
  let count = 0;
  for (const e of entries) if (e.kind === 'person') count++;
  if (count === entries.length) return entries;
  return count === 0 ? NO_ENTRIES : entries.filter((e) => e.kind === 'person');
}

const NO_ENTRIES: readonly ActorEntry[] = Object.freeze([]);

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
