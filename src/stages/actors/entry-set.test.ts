import { describe, expect, it } from 'vitest';
import type { ActorEntry } from '../../lexicon/types.js';
import { entrySetOf } from './entry-set.js';

function entry(kind: ActorEntry['kind'], phrase: string, code: string, country: string | null, roles: string[] = []): ActorEntry {
  return { kind, phrase, code, country, roles, name: null, from: null, to: null, origin: 'test' };
}

const officials = entry('role', 'officials', 'GOV', null, ['GOV']);
const premier = entry('role', 'premier', 'GOV', null, []);
const minister = entry('title', 'Foreign Minister', 'GOV', null, ['GOV']);
const iraqi = entry('adjective', 'Iraqi', 'IRQ', 'IRQ');
const baghdad = entry('capital', 'Baghdad', 'IRQGOV', 'IRQ', ['GOV']);

describe('entry sets', () => {
  it('reads a plural role noun as a role that takes no name', () => {
    const set = entrySetOf([officials]);
    expect(set.role).toBe(officials);
    expect(set.roleRoles).toEqual(['GOV']);
    expect(set.allRole).toBe(true);
    expect(set.takesName).toBe(false);
  });

  it('gives a role without role blocks its code as the one role, and lets a singular role take a name', () => {
    const set = entrySetOf([premier]);
    expect(set.roleRoles).toEqual(['GOV']);
    expect(set.takesName).toBe(true);
  });

  it('lets a title take a name', () => {
    expect(entrySetOf([minister]).takesName).toBe(true);
    expect(entrySetOf([minister]).titleRoles).toEqual(['GOV']);
  });

  it.each([
    [[iraqi], { allAdjective: true, anyAdjective: true, allCapital: false }],
    [[baghdad], { allAdjective: false, anyAdjective: false, allCapital: true }],
    [[iraqi, baghdad], { allAdjective: false, anyAdjective: true, allCapital: false }],
  ])('tells the kinds of %j', (entries, kinds) => {
    expect(entrySetOf(entries)).toMatchObject(kinds);
    expect(entrySetOf(entries).countryish).toBe(entries[0]);
  });

  it('says no entries are all roles, as the stage has always read them', () => {
    expect(entrySetOf([]).allRole).toBe(true);
    expect(entrySetOf([]).entries).toEqual([]);
  });
});
