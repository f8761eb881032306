import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../core/errors.js';
import { loadOntology } from './load-ontology.js';

const onto = loadOntology();

function ontologyDir(codes: string, plover: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-onto-'));
  writeFileSync(join(dir, 'cameo-codes.tsv'), codes);
  writeFileSync(join(dir, 'cameo-plover.tsv'), plover);
  return dir;
}

const CODES_HEADER = 'code\troot\tquad_class\tgoldstein\tname\n';
const PLOVER_HEADER = 'code\ttype\tmode\n';

describe('loadOntology', () => {
  it('holds every CAMEO 1.1b3 code, root rows included', () => {
    expect(onto.codes.size).toBe(312);
    expect(onto.has('04')).toBe(true);
    expect(onto.has('0874')).toBe(true);
    expect(onto.has('999')).toBe(false);
  });

  it.each([
    ['190', -10],
    ['042', 1.9],
    ['112', -2],
    ['0874', 10],
    ['20', -10],
  ])('gives %s the Goldstein value %d', (code, value) => {
    expect(onto.goldsteinOf(code)).toBe(value);
  });

  it.each([
    ['042', 1],
    ['057', 1],
    ['073', 2],
    ['112', 3],
    ['145', 4],
    ['193', 4],
  ])('puts %s in quad class %d', (code, quad) => {
    expect(onto.quadClassOf(code)).toBe(quad);
  });

  it('names a code and its root', () => {
    expect(onto.cameo('0874')).toMatchObject({ code: '0874', root: '08', name: 'Retreat or surrender militarily' });
  });

  it.each([
    ['112', 'ACCUSE', 'disapprove'],
    ['042', 'CONSULT', 'visit'],
    ['1053', 'REQUEST', 'yield'],
    ['0841', 'RETREAT', 'release'],
    ['163', 'COERCE', 'restrict'],
    ['193', 'ASSAULT', 'firearms'],
    ['09', 'ACCUSE', ''],
    ['19', 'ASSAULT', ''],
  ])('maps %s to PLOVER %s (mode "%s")', (code, type, mode) => {
    expect(onto.ploverOf(code)).toEqual({ type, mode });
  });

  it.each(['01', '010', '015', '02', '021', '0243'])('gives public statements and appeals (%s) no PLOVER type', (code) => {
    expect(onto.ploverOf(code)).toBeNull();
  });

  it('lets a code missing from the PLOVER table inherit its nearest ancestor', () => {
    const dir = ontologyDir(
      `${CODES_HEADER}08\t08\t2\t5\tYIELD\n087\t08\t2\t9\tDe-escalate\n0874\t08\t2\t10\tRetreat\n`,
      `${PLOVER_HEADER}08\tCONCEDE\t\n087\tRETREAT\tdisarm\n`,
    );
    expect(loadOntology(dir).ploverOf('0874')).toEqual({ type: 'RETREAT', mode: 'disarm' });
  });

  it('throws on an unknown code', () => {
    expect(() => onto.goldsteinOf('999')).toThrow(ParleyError);
    expect(() => onto.ploverOf('2222')).toThrow(/unknown CAMEO code "2222"/);
    expect(() => onto.cameo('42')).toThrow(ParleyError);
  });

  it('returns frozen entries', () => {
    expect(Object.isFrozen(onto)).toBe(true);
    expect(Object.isFrozen(onto.cameo('042'))).toBe(true);
    expect(Object.isFrozen(onto.ploverOf('042'))).toBe(true);
  });

  it.each([
    ['a code of the wrong shape', `${CODES_HEADER}# c\n04\t04\t1\t1\tCONSULT\n4x\t04\t1\t1\tx\n`, PLOVER_HEADER, 'cameo-codes.tsv', 4],
    ['a quad class out of range', `${CODES_HEADER}04\t04\t5\t1\tCONSULT\n`, PLOVER_HEADER, 'cameo-codes.tsv', 2],
    ['a Goldstein value out of range', `${CODES_HEADER}04\t04\t1\t11\tCONSULT\n`, PLOVER_HEADER, 'cameo-codes.tsv', 2],
    ['a root that disagrees with the code', `${CODES_HEADER}04\t05\t1\t1\tCONSULT\n`, PLOVER_HEADER, 'cameo-codes.tsv', 2],
    ['a child before its parent', `${CODES_HEADER}04\t04\t1\t1\tCONSULT\n0421\t04\t1\t1\tx\n`, PLOVER_HEADER, 'cameo-codes.tsv', 3],
    ['an unknown PLOVER type', `${CODES_HEADER}04\t04\t1\t1\tCONSULT\n`, `${PLOVER_HEADER}04\tCHAT\t\n`, 'cameo-plover.tsv', 2],
    ['a PLOVER row for an unknown code', `${CODES_HEADER}04\t04\t1\t1\tCONSULT\n`, `${PLOVER_HEADER}05\tSUPPORT\t\n`, 'cameo-plover.tsv', 2],
  ])('rejects %s with the file and line', (_what, codes, plover, file, line) => {
    const dir = ontologyDir(codes, plover);
    try {
      loadOntology(dir);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParleyError);
      expect(e).toMatchObject({ code: 'LEXICON_INVALID', input: join(dir, file), line });
    }
  });

  it('rejects a table without the required columns', () => {
    const dir = ontologyDir('code\tname\n04\tCONSULT\n', PLOVER_HEADER);
    expect(() => loadOntology(dir)).toThrow(/header lacks column\(s\) root, quad_class, goldstein/);
  });
});
