import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoder } from '../cli/coder.js';
import { createDocument, metaFor } from '../core/document.js';
import { loadOntology } from '../ontology/load-ontology.js';
import { loadActorLexicon } from './actor-lexicon.js';
import { loadEventPatterns } from './event-patterns.js';
import { userDictionaryFiles } from './user-dictionaries.js';
import { errorOf } from '../core/error-of.test-helper.js';

const PEOPLE = `name\tnames\tcountry\troles\tfrom\tto\toffice
Zorana Velkovic\tVelkovic\tSRB\tGOV\t2021-03-01\t2029-12-31\tforeign minister
`;
const PATTERNS = '# my verbs\n111  upbraid $T\n';
const ALIASES = `names\tkind\tcountry\tlat\tlon\tgeonames_id\tpopulation
Dravik Pass|the Dravik Pass\tlandmark\tMNE\t42.71\t19.32\t\t1000
`;

/** A folder laid out like data/, holding the given files. */
function dictionaryFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-dict-'));
  for (const [name, text] of Object.entries(files)) {
    const parts = name.split('/');
    if (parts.length > 1) mkdirSync(join(dir, ...parts.slice(0, -1)), { recursive: true });
    writeFileSync(join(dir, ...parts), text);
  }
  return dir;
}


describe('userDictionaryFiles', () => {
  it('sorts a data/-like folder into actor, pattern and alias files by their names', () => {
    const dir = dictionaryFolder({ 'actors/people.tsv': PEOPLE, 'patterns/mine.txt': PATTERNS, 'places/aliases.tsv': ALIASES, 'README.md': 'notes' });
    expect(userDictionaryFiles([dir])).toEqual({
      actors: [join(dir, 'actors', 'people.tsv')],
      patterns: [join(dir, 'patterns', 'mine.txt')],
      aliases: [join(dir, 'places', 'aliases.tsv')],
    });
  });

  it('takes a single file whose name says its kind', () => {
    const dir = dictionaryFolder({ 'organizations-local.tsv': 'code\tname\tnames\tnotes\n' });
    expect(userDictionaryFiles([join(dir, 'organizations-local.tsv')]).actors).toEqual([join(dir, 'organizations-local.tsv')]);
  });

  it.each([
    ['a file whose name says no kind', { 'places.tsv': 'x\n' }, 'places.tsv'],
    ['a missing path', {}, 'nowhere'],
  ])('rejects %s as LEXICON_INVALID naming it', (_, files, name) => {
    const dir = dictionaryFolder(files);
    const e = errorOf(() => userDictionaryFiles([join(dir, name)]));
    expect(e.code).toBe('LEXICON_INVALID');
    expect(e.input).toBe(join(dir, name));
  });
});

describe('a user dictionary in the loaders', () => {
  it('reports a bad line of a user people.tsv with its file and line number', () => {
    const dir = dictionaryFolder({ 'people.tsv': `${PEOPLE}Ilan Dov\t\tISR\tGOV\t2024-13-40\t\tminister\n` });
    const e = errorOf(() => loadActorLexicon({ extraFiles: [join(dir, 'people.tsv')] }));
    expect(e.code).toBe('LEXICON_INVALID');
    expect(e.oneLine()).toContain(`${join(dir, 'people.tsv')}:3`);
  });

  it('reports a bad line of a user pattern file with its file and line number', () => {
    const dir = dictionaryFolder({ 'patterns.txt': `${PATTERNS}999  frobnicate $T\n` });
    const e = errorOf(() => loadEventPatterns(loadOntology(), { extraFiles: [join(dir, 'patterns.txt')] }));
    expect(e.code).toBe('LEXICON_INVALID');
    expect(e.oneLine()).toContain(`${join(dir, 'patterns.txt')}:3`);
  });

  it('lets a user pattern recode a built-in one instead of calling it a clash', () => {
    const dir = dictionaryFolder({ 'patterns.txt': '111  accuse $T of\n' });
    const patterns = loadEventPatterns(loadOntology(), { extraFiles: [join(dir, 'patterns.txt')] });
    const accuseOf = patterns.byVerb.get('accuse')?.filter((p) => p.after.length === 2 && p.literalCount === 1);
    expect(accuseOf?.map((p) => p.code)).toEqual(['111']);
  });
});

describe('a coder with a user dictionary', () => {
  const dir = dictionaryFolder({ 'actors/people.tsv': PEOPLE, 'patterns/patterns.txt': PATTERNS, 'places/aliases.tsv': ALIASES });
  const coder = createCoder({ withoutCities: true, dictionaries: [dir] });
  const code = (text: string, date = '2024-05-02') => coder.code(createDocument(metaFor('t.txt', { date }), text));

  it("codes a user person in office as that person's actor", () => {
    const [event] = code('Foreign Minister Zorana Velkovic accused Croatia of violating the border accord.');
    expect(event?.source).toMatchObject({ code: 'SRBGOV', name: 'Zorana Velkovic' });
    expect(event?.target?.code).toBe('HRV');
  });

  it('codes a user verb pattern', () => {
    const [event] = code('Germany upbraided France on Tuesday.');
    expect(event).toMatchObject({ cameo: '111', source: { code: 'DEU' }, target: { code: 'FRA' } });
  });

  it('places an event at a user alias', () => {
    const [event] = code('Serbian troops attacked Montenegrin police at the Dravik Pass on Monday.');
    expect(event?.location).toMatchObject({ name: 'Dravik Pass', country: 'MNE' });
  });
});
