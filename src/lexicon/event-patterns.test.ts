import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../core/errors.js';
import { loadOntology } from '../ontology/load-ontology.js';
import { loadEventPatterns } from './event-patterns.js';

const ontology = loadOntology();
const shipped = loadEventPatterns(ontology);

/** Loads one pattern file written for the test. */
function loadText(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-patterns-'));
  writeFileSync(join(dir, 'test.txt'), text);
  return loadEventPatterns(ontology, { dir });
}

function only(text: string) {
  const set = loadText(text);
  expect(set.patterns).toHaveLength(1);
  return set.patterns[0]!;
}

describe('the shipped event patterns', () => {
  it('load, with several hundred patterns', () => {
    expect(shipped.patterns.length).toBeGreaterThan(500);
  });

  it.each(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')))('cover CAMEO root %s', (root) => {
    expect(shipped.patterns.some((p) => p.code.startsWith(root))).toBe(true);
  });

  it('cover every three-digit CAMEO code, and over 150 codes in all', () => {
    const covered = new Set(shipped.patterns.map((p) => p.code));
    const threeDigit = [...ontology.codes.keys()].filter((c) => c.length === 3);
    expect(threeDigit.filter((c) => !covered.has(c))).toEqual([]);
    expect(covered.size).toBeGreaterThanOrEqual(150);
  });

  it.each([
    ['meet', 'verb', '040'],
    ['accuse', 'verb', '112'],
    ['arrest', 'verb', '173'],
    ['talk', 'noun', '040'],
    ['accusation', 'noun', '112'],
    ['massacre', 'verb', '202'],
  ] as const)('index "%s" as a %s head of %s', (head, pos, code) => {
    const bucket = (pos === 'verb' ? shipped.byVerb : shipped.byNoun).get(head);
    expect(bucket?.some((p) => p.code === code)).toBe(true);
  });

  it('sort each bucket most specific first', () => {
    for (const bucket of [...shipped.byVerb.values(), ...shipped.byNoun.values()]) {
      for (let i = 1; i < bucket.length; i++) expect(bucket[i - 1]!.literalCount).toBeGreaterThanOrEqual(bucket[i]!.literalCount);
    }
  });

  it('name the file and line each pattern came from', () => {
    expect(shipped.patterns[0]!.id).toMatch(/^data\/patterns\/\d\d-[a-z-]+\.txt:\d+$/);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(shipped.patterns)).toBe(true);
    expect(Object.isFrozen(shipped.patterns[0])).toBe(true);
    expect(Object.isFrozen(shipped.byVerb.get('accuse'))).toBe(true);
  });
});

describe('the pattern line format', () => {
  it('reads a verb head, the target slot and a trailing word', () => {
    expect(only('112  accuse $T of\n')).toEqual({
      id: expect.stringMatching(/test\.txt:1$/),
      code: '112',
      head: ['accuse'],
      headPos: 'verb',
      after: [{ kind: 'target' }, { kind: 'word', words: ['of'], optional: false }],
      literalCount: 1,
    });
  });

  it('reads n: as a noun head and $S as the source slot', () => {
    const p = only('040  n:talk between $S and $T');
    expect(p.headPos).toBe('noun');
    expect(p.head).toEqual(['talk']);
    expect(p.after).toEqual([
      { kind: 'word', words: ['between'], optional: false },
      { kind: 'source' },
      { kind: 'word', words: ['and'], optional: false },
      { kind: 'target' },
    ]);
  });

  it('reads alternatives in the head and indexes the pattern under each', () => {
    const set = loadText('111  criticize|criticise|slam $T');
    expect(set.patterns[0]!.head).toEqual(['criticize', 'criticise', 'slam']);
    for (const h of ['criticize', 'criticise', 'slam']) expect(set.byVerb.get(h)).toEqual(set.patterns);
    expect(set.byNoun.size).toBe(0);
  });

  it('reads alternatives and optional words after the head', () => {
    const p = only('040  meet with|alongside? $T');
    expect(p.after[0]).toEqual({ kind: 'word', words: ['with', 'alongside'], optional: true });
    expect(p.literalCount).toBe(0);
  });

  it('expands a multiword alternative into one pattern per spelling', () => {
    const set = loadText('153  deploy police|riot_police $T');
    expect(set.patterns.map((p) => p.after.map((e) => (e.kind === 'word' ? e.words.join('|') : '$T')).join(' '))).toEqual([
      'police $T',
      'riot police $T',
    ]);
    expect(set.patterns.map((p) => p.literalCount)).toEqual([1, 2]);
  });

  it('ignores comments and blank lines, and lower-cases words', () => {
    const set = loadText('# a comment\n\n051  Praise $T   # trailing comment\n');
    expect(set.patterns).toHaveLength(1);
    expect(set.patterns[0]!.head).toEqual(['praise']);
    expect(set.patterns[0]!.id).toMatch(/test\.txt:3$/);
  });

  it('puts the longest pattern of a head first, keeping file order among equals', () => {
    const set = loadText('112  accuse $T\n1121 accuse $T of corruption\n112  accuse $T of\n');
    expect(set.byVerb.get('accuse')!.map((p) => p.code)).toEqual(['1121', '112', '112']);
    expect(set.byVerb.get('accuse')!.map((p) => p.literalCount)).toEqual([2, 1, 0]);
  });

  it('reads only the files it is given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-patterns-'));
    writeFileSync(join(dir, 'a.txt'), '040  meet $T\n');
    writeFileSync(join(dir, 'b.txt'), '042  visit $T\n');
    expect(loadEventPatterns(ontology, { dir, files: ['b.txt'] }).patterns.map((p) => p.code)).toEqual(['042']);
  });
});

describe('a bad pattern file', () => {
  it.each([
    ['an unknown CAMEO code', '040  meet $T\n999  frobnicate $T\n', 2, /unknown CAMEO code "999"/],
    ['a code that is not digits', 'x40  meet $T\n', 1, /not a CAMEO code/],
    ['a code without a pattern', '# header\n040\n', 2, /empty pattern/],
    ['an empty noun head', '040  n: with $T\n', 1, /head word is empty/],
    ['a slot for a head', '040  $T meet\n', 1, /must start with a head word/],
    ['$T twice', '040  meet $T and $T\n', 1, /\$T appears twice/],
    ['$S twice', '040  n:talk between $S and $S\n', 1, /\$S appears twice/],
    ['an optional slot', '040  meet $T?\n', 1, /cannot be optional/],
    ['an unknown slot', '040  meet $X\n', 1, /unknown slot "\$X"/],
    ['an empty alternative', '040  meet with||at $T\n', 1, /not a word/],
    ['a hyphenated word', '0871 declare cease-fire\n', 1, /hyphen/],
    ['a multiword head', '180  carry_out attack\n', 1, /must be one word/],
    ['a pattern coded two ways', '040  meet $T\n042  meet $T\n', 2, /coded 042 here and 040 at/],
  ])('is refused for %s, with the line', (_what, text, line, message) => {
    try {
      loadText(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParleyError);
      expect(e).toMatchObject({ code: 'LEXICON_INVALID', line, input: expect.stringMatching(/test\.txt$/) });
      expect((e as Error).message).toMatch(message);
    }
  });

  it('is refused when missing', () => {
    expect(() => loadEventPatterns(ontology, { dir: tmpdir(), files: ['no-such-file.txt'] })).toThrow(ParleyError);
  });
});
