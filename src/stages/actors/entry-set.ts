import type { ActorEntry } from '../../lexicon/types.js';
import { personSpec, type ActorSpec } from './compose.js';

/**
 * The dictionary entries a phrase matches, with what composing an actor asks of them worked out
 * once, when the phrase index is built: which are people, the first body, country word, title
 * and role, and whether all are of one kind. Matching a sentence then reads these answers instead
 * of walking the entries again for every piece.
 *
 * @example
 * const set = entrySetOf([officials]);
 * set.role === officials && set.allRole // true
 */
export interface EntrySet {
  readonly entries: readonly ActorEntry[];
  /** The person entries, in order. */
  readonly persons: readonly ActorEntry[];
  /** The actor spec of each person entry, aligned with `persons`. */
  readonly personSpecs: readonly ActorSpec[];
  /** The first organization or group. */
  readonly body: ActorEntry | null;
  /** The first country, adjective, people or capital entry. */
  readonly countryish: ActorEntry | null;
  readonly title: ActorEntry | null;
  /** The title's roles, or its code as the one role. */
  readonly titleRoles: readonly string[] | null;
  readonly role: ActorEntry | null;
  /** The role entry's roles, or its code as the one role. */
  readonly roleRoles: readonly string[] | null;
  /** Every entry is a role (true of no entries). */
  readonly allRole: boolean;
  /** Every entry is a role or a title ("general"): before a common noun it only modifies it ("a general strike"). */
  readonly allRoleOrTitle: boolean;
  readonly allCapital: boolean;
  readonly allAdjective: boolean;
  readonly allPeople: boolean;
  readonly anyAdjective: boolean;
  /** Titles and singular role nouns only: a person's name may follow ("Foreign Minister Ali Rezaei"). */
  readonly takesName: boolean;
}

const COUNTRYISH = new Set(['country', 'adjective', 'people', 'capital']);

/** The entry set of `entries` (see `EntrySet`); the array itself is kept, not copied. */
export function entrySetOf(entries: readonly ActorEntry[]): EntrySet {
  const persons = entries.filter((e) => e.kind === 'person');
  const title = entries.find((e) => e.kind === 'title') ?? null;
  const role = entries.find((e) => e.kind === 'role') ?? null;
  return Object.freeze({
    entries,
    persons: persons.length === entries.length ? entries : Object.freeze(persons),
    personSpecs: Object.freeze(persons.map(personSpec)),
    body: entries.find((e) => e.kind === 'organization' || e.kind === 'group') ?? null,
    countryish: entries.find((e) => COUNTRYISH.has(e.kind)) ?? null,
    title,
    titleRoles: title === null ? null : title.roles.length ? title.roles : Object.freeze([title.code]),
    role,
    roleRoles: role === null ? null : role.roles.length ? role.roles : Object.freeze([role.code]),
    allRole: entries.every((e) => e.kind === 'role'),
    allRoleOrTitle: entries.every((e) => e.kind === 'role' || e.kind === 'title'),
    allCapital: entries.every((e) => e.kind === 'capital'),
    allAdjective: entries.every((e) => e.kind === 'adjective'),
    allPeople: entries.every((e) => e.kind === 'people'),
    anyAdjective: entries.some((e) => e.kind === 'adjective'),
    takesName: entries.every((e) => e.kind === 'title' || (e.kind === 'role' && !e.phrase.endsWith('s'))),
  });
}
