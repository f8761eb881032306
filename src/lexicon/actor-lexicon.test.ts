import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isParleyError, type ParleyError } from '../core/errors.js';
import { actorFilesIn, loadActorLexicon } from './actor-lexicon.js';
import { projectDataDir } from './data-dir.js';
import { parseTsv } from './tsv.js';
import type { ActorEntry, ActorEntryKind } from './types.js';

const lexicon = loadActorLexicon();

function find(phrase: string, kind?: ActorEntryKind): ActorEntry[] {
  return lexicon.entries.filter((e) => e.phrase === phrase && (kind === undefined || e.kind === kind));
}

function holding(entry: ActorEntry, day: string): boolean {
  return (entry.from === null || entry.from <= day) && (entry.to === null || day <= entry.to);
}

describe('the shipped actor dictionaries', () => {
  it('list every ISO 3166-1 country by its alpha-3 code', () => {
    const iso = createRequire(import.meta.url)('i18n-iso-countries') as { getAlpha3Codes(): Record<string, string> };
    const codes = Object.keys(iso.getAlpha3Codes()).filter((c) => c !== 'XKK'); // Kosovo is XKX here
    const listed = new Set(lexicon.entries.filter((e) => e.kind === 'country').map((e) => e.code));
    expect(codes.filter((c) => !listed.has(c))).toEqual([]);
    expect(listed.has('XKX')).toBe(true);
  });

  it('use CAMEO-compatible alpha-3 codes (ROU, COD, TLS), never the legacy ones', () => {
    const codes = new Set(lexicon.entries.map((e) => e.code));
    expect(['ROU', 'COD', 'TLS'].every((c) => codes.has(c))).toBe(true);
    expect(['ROM', 'ZAR', 'TMP'].some((c) => codes.has(c))).toBe(false);
  });

  it.each([
    ['Tehran', 'capital', 'IRNGOV'],
    ['Washington', 'capital', 'USAGOV'],
    ['Seoul', 'capital', 'KORGOV'],
    ['Pyongyang', 'capital', 'PRKGOV'],
    ['Moscow', 'capital', 'RUSGOV'],
    ['United States', 'country', 'USA'],
    ['America', 'country', 'USA'],
    ['Britain', 'country', 'GBR'],
    ['U.K.', 'country', 'GBR'],
    ['Ivory Coast', 'country', 'CIV'],
    ["Cote d'Ivoire", 'country', 'CIV'],
    ['Burma', 'country', 'MMR'],
    ['Congo', 'country', 'COD'],
    ['Romania', 'country', 'ROU'],
    ['U.S.', 'adjective', 'USA'],
    ['Iranian', 'adjective', 'IRN'],
    ['Palestinian', 'adjective', 'PSE'],
    ['Americans', 'people', 'USA'],
    ['Iranians', 'people', 'IRN'],
    ['White House', 'capital', 'USAGOV'],
    ['Kremlin', 'capital', 'RUSGOV'],
    ['Pentagon', 'capital', 'USAMIL'],
    ['State Department', 'capital', 'USAGOV'],
    ['Downing Street', 'capital', 'GBRGOV'],
    ['Elysee', 'capital', 'FRAGOV'],
    ['Knesset', 'capital', 'ISRLEG'],
    ['U.S. Congress', 'capital', 'USALEG'],
    ['Congress', 'role', 'LEG'],
    ['UN', 'organization', 'IGOUNO'],
    ['UN Security Council', 'organization', 'IGOUNO'],
    ['UNHCR', 'organization', 'IGOUNOREF'],
    ['IAEA', 'organization', 'IGOUNOIAE'],
    ['NATO', 'organization', 'IGOWSTNAT'],
    ['European Union', 'organization', 'IGOEUREEC'],
    ['African Union', 'organization', 'IGOAFRAFU'],
    ['Red Cross', 'organization', 'NGOHLHIRC'],
    ['Amnesty International', 'organization', 'NGOHRIAMN'],
    ['Hamas', 'group', 'PSEREB'],
    ['Hezbollah', 'group', 'LBNREB'],
    ['Taliban', 'group', 'AFGREB'],
    ['al-Qaida', 'group', 'IMGREB'],
    ['ISIL', 'group', 'IMGREB'],
    ['Quds Force', 'group', 'IRNMIL'],
    ['Revolutionary Guards', 'group', 'IRNMIL'],
    ['Muslim Brotherhood', 'group', 'EGYOPP'],
    ['Peshmerga', 'group', 'IRQMIL'],
    ['troops', 'role', 'MIL'],
    ['security forces', 'role', 'MIL'],
    ['police', 'role', 'COP'],
    ['rebels', 'role', 'REB'],
    ['protesters', 'role', 'OPP'],
    ['judge', 'role', 'JUD'],
    ['lawmakers', 'role', 'LEG'],
    ['civilians', 'role', 'CVL'],
    ['refugees', 'role', 'REF'],
    ['gunmen', 'role', 'UAF'],
    ['officials', 'role', 'GOV'],
    ['Prime Minister', 'title', 'GOV'],
    ['Foreign Minister', 'title', 'GOV'],
    ['Gen.', 'title', 'MIL'],
    ['Senator', 'title', 'LEG'],
    ['Chief Justice', 'title', 'JUD'],
  ] as const)('codes "%s" as a %s entry %s', (phrase, kind, code) => {
    expect(find(phrase, kind).map((e) => e.code)).toContain(code);
  });

  it('codes "al-Maliki" as IRQGOV from 2006-05-20 to 2014-09-08', () => {
    const [maliki] = find('al-Maliki', 'person');
    expect(maliki).toMatchObject({ code: 'IRQGOV', country: 'IRQ', roles: ['GOV'], name: 'Nuri al-Maliki' });
    expect([maliki.from, maliki.to]).toEqual(['2006-05-20', '2014-09-08']);
  });

  it.each([
    ['Mottaki', '2007-05-28', 'IRNGOV'],
    ['Crocker', '2007-05-28', 'USAGOV'],
    ['Kazemi Qumi', '2007-05-28', 'IRNGOV'],
    ['Guterres', '2020-01-01', 'IGOUNO'],
    ['Stoltenberg', '2020-01-01', 'IGOWSTNAT'],
    ['Nasrallah', '2010-01-01', 'LBNREB'],
    ['bin Laden', '2005-01-01', 'IMGREB'],
    ['al-Baghdadi', '2015-01-01', 'IMGREB'],
    ['Putin', '2010-01-01', 'RUSGOV'],
  ])('codes "%s" on %s as %s', (phrase, day, code) => {
    expect(find(phrase, 'person').filter((e) => holding(e, day)).map((e) => e.code)).toContain(code);
  });

  const g20 = ['ARG', 'AUS', 'BRA', 'CAN', 'CHN', 'FRA', 'DEU', 'IND', 'IDN', 'ITA', 'JPN', 'KOR', 'MEX', 'RUS', 'SAU', 'ZAF', 'TUR', 'GBR', 'USA'];
  const middleEast = ['IRN', 'IRQ', 'ISR', 'PSE', 'SYR', 'LBN', 'JOR', 'EGY', 'SAU', 'ARE', 'QAT', 'KWT', 'BHR', 'OMN', 'YEM', 'TUR'];
  const headOfGovernment = /prime minister|premier|chancellor|president|king|emir|sultan/;

  // The office column is for readers and is not loaded; read it here to check the coverage.
  const offices = parseTsv(readFileSync(join(projectDataDir(), 'actors', 'people.tsv'), 'utf8'), 'people.tsv').rows.map(
    ({ cells }) => ({ country: cells[2], from: cells[4], to: cells[5] || null, office: cells[6] ?? '' }),
  );

  it.each([...new Set([...g20, ...middleEast])])('names the head of government of %s on 2010-06-01', (country) => {
    const heads = offices.filter(
      (o) => o.country === country && headOfGovernment.test(o.office) && o.from <= '2010-06-01' && (o.to === null || o.to >= '2010-06-01'),
    );
    expect(heads.length).toBeGreaterThan(0);
  });

  it('drops a leading "the" and never holds an empty phrase', () => {
    expect(lexicon.entries.filter((e) => /^the\s/i.test(e.phrase) || e.phrase.trim() === '')).toEqual([]);
    expect(find('United States', 'country').length).toBe(1);
  });

  it('says where every entry was defined', () => {
    expect(find('Tehran')[0].origin).toMatch(/^data\/actors\/countries\.tsv:\d+$/);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(lexicon)).toBe(true);
    expect(Object.isFrozen(lexicon.entries)).toBe(true);
    expect(Object.isFrozen(lexicon.entries[0])).toBe(true);
    expect(Object.isFrozen(lexicon.entries[0].roles)).toBe(true);
  });
});

const COUNTRIES = 'code\tname\tnames\tadjectives\tpeople\tcapitals\nIRQ\tIraq\t\tIraqi\tIraqis\tBaghdad\nIRN\tIran\t\tIranian\t\tTehran\n';
const PEOPLE_HEADER = 'name\tnames\tcountry\troles\tfrom\tto\toffice\n';

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-actors-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function errorOf(run: () => unknown): ParleyError {
  try {
    run();
  } catch (e) {
    if (isParleyError(e)) return e;
    throw e;
  }
  throw new Error('expected a ParleyError');
}

describe('loadActorLexicon on files a user wrote', () => {
  it('loads a folder of its own, with origins under that folder', () => {
    const dir = folderWith({
      'countries.tsv': COUNTRIES,
      'people-local.tsv': `# my people\n${PEOPLE_HEADER}Ali Example\tExample\tIRQ\tGOVMIL\t2005-01-01\t\tgovernor\n`,
    });
    expect(actorFilesIn(dir)).toEqual(['countries.tsv', 'people-local.tsv']);
    const person = loadActorLexicon({ dir }).entries.find((e) => e.phrase === 'Example');
    expect(person).toMatchObject({ kind: 'person', code: 'IRQGOVMIL', roles: ['GOV', 'MIL'], from: '2005-01-01', to: null });
    expect(person?.origin).toBe(`${dir}/people-local.tsv:3`);
  });

  it('loads only the files named, checking countries against the folder', () => {
    const dir = folderWith({
      'countries.tsv': COUNTRIES,
      'groups.tsv': 'country\troles\tname\tnames\tnotes\nIRQ\tREB\tExample Brigades\tthe Brigades\t\n',
    });
    const entries = loadActorLexicon({ dir, files: ['groups.tsv'] }).entries;
    expect(entries.map((e) => [e.kind, e.phrase, e.code])).toEqual([
      ['group', 'Example Brigades', 'IRQREB'],
      ['group', 'Brigades', 'IRQREB'],
    ]);
  });

  it.each([
    ['a row with more cells than the header', `${PEOPLE_HEADER}A\t\tIRQ\tGOV\t2005-01-01\t\tx\textra\n`, 2, /columns/],
    ['an unknown country code', `${PEOPLE_HEADER}A\t\tROM\tGOV\t2005-01-01\t\tx\n`, 2, /ROM/],
    ['an unknown role code', `# c\n${PEOPLE_HEADER}A\t\tIRQ\tXYZ\t2005-01-01\t\tx\n`, 3, /XYZ/],
    ['a date that does not exist', `${PEOPLE_HEADER}A\t\tIRQ\tGOV\t2005-02-30\t\tx\n`, 2, /2005-02-30/],
    ['a date range that runs backwards', `${PEOPLE_HEADER}A\t\tIRQ\tGOV\t2009-01-01\t2005-01-01\tx\n`, 2, /after/],
    ['an empty alternative', `${PEOPLE_HEADER}A\tB||C\tIRQ\tGOV\t2005-01-01\t\tx\n`, 2, /empty alternative/],
    ['an empty name', `${PEOPLE_HEADER}\tB\tIRQ\tGOV\t2005-01-01\t\tx\n`, 2, /name/],
    ['a missing start date', `\n${PEOPLE_HEADER}A\t\tIRQ\tGOV\n`, 3, /from/],
    ['a wrong header', 'name\tcountry\nA\tIRQ\n', 1, /header/],
  ])('rejects %s with LEXICON_INVALID at its line', (_what, text, line, message) => {
    const dir = folderWith({ 'countries.tsv': COUNTRIES, 'people.tsv': text });
    const error = errorOf(() => loadActorLexicon({ dir }));
    expect(error.code).toBe('LEXICON_INVALID');
    expect(error.input).toBe(`${dir}/people.tsv`);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });

  it('rejects a country listed twice, and a role file with an unknown role', () => {
    const twice = folderWith({ 'countries.tsv': `${COUNTRIES}IRQ\tIraq again\n` });
    expect(errorOf(() => loadActorLexicon({ dir: twice })).line).toBe(4);
    const roles = folderWith({ 'countries.tsv': COUNTRIES, 'roles.tsv': 'role\tnouns\tnotes\nMIL\ttroops\t\nSOL\tsoldiers\t\n' });
    expect(errorOf(() => loadActorLexicon({ dir: roles }))).toMatchObject({ code: 'LEXICON_INVALID', line: 3 });
  });

  it('rejects a file whose name tells no kind', () => {
    const dir = folderWith({ 'countries.tsv': COUNTRIES, 'misc.tsv': 'a\n' });
    expect(errorOf(() => loadActorLexicon({ dir, files: ['misc.tsv'] })).code).toBe('LEXICON_INVALID');
  });
});
