import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../core/errors.js';
import { loadCueWords } from './cue-words.js';

const cues = loadCueWords();

function cueDir(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cues-'));
  writeFileSync(join(dir, 'cues.tsv'), text);
  return dir;
}

describe('loadCueWords', () => {
  it.each([
    ['negation', 'not'],
    ['negation', "n't"],
    ['negation', 'never'],
    ['negation', 'without'],
    ['report', 'say'],
    ['report', 'according to'],
    ['report', 'announce'],
    ['allegation', 'allegedly'],
    ['allegation', 'reportedly'],
    ['allegation', 'suspected'],
    ['future', 'will'],
    ["future", "'ll"],
    ['future', 'plan to'],
    ['future', 'be expected to'],
    ['hypothetical', 'could'],
    ['hypothetical', 'if'],
    ['hypothetical', 'unless'],
    ['hedge', 'appear to'],
  ] as const)('lists %s cue "%s"', (kind, word) => {
    expect(cues[kind].has(word)).toBe(true);
  });

  it('does not mix the cue kinds', () => {
    expect(cues.negation.has('will')).toBe(false);
    expect(cues.future.has('not')).toBe(false);
  });

  it('is frozen and cannot be added to', () => {
    expect(Object.isFrozen(cues)).toBe(true);
    expect((cues.report as unknown as { add?: unknown }).add).toBeUndefined();
  });

  it('lower-cases words and joins phrases with one space', () => {
    const words = loadCueWords(cueDir('cue\twords\nreport\tAccording   To|SAY\n'));
    expect([...words.report]).toEqual(['according to', 'say']);
    expect(words.negation.size).toBe(0);
  });

  it.each([
    ['an unknown cue', 'cue\twords\nmaybe\tperhaps\n', 2, /unknown cue "maybe"/],
    ['a line without a tab', '# c\nnegation not\n', 2, /CUE<TAB>WORDS/],
    ['an empty word', 'negation\tnot||never\n', 1, /empty word/],
  ])('refuses %s with the line', (_what, text, line, message) => {
    try {
      loadCueWords(cueDir(text));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParleyError);
      expect(e).toMatchObject({ code: 'LEXICON_INVALID', line });
      expect((e as Error).message).toMatch(message);
    }
  });
});
