import { describe, expect, it } from 'vitest';
import { createTokenTable, type Pos } from '../../core/tokens.js';
import type { EventPattern, PatternElement, PatternSet } from '../../lexicon/pattern-types.js';
import { bySpecificity, candidatePatterns, indexPatterns, mayHaveWordId, patternWordTokens, sentenceWordIds } from './pattern-index.js';
import { buildWordClasses, classifyTokens } from './word-classes.js';
import { hasWordId, wordIdSet } from './word-id-set.js';

const word = (...words: string[]): PatternElement => ({ kind: 'word', words, optional: false });
const T: PatternElement = { kind: 'target' };

function pattern(id: string, head: string, after: PatternElement[], headPos: 'verb' | 'noun' = 'verb'): EventPattern {
  return { id, code: '010', head: [head], headPos, after, literalCount: after.filter((e) => e.kind === 'word').length };
}

function patternSet(patterns: EventPattern[]): PatternSet {
  const byHead = (pos: 'verb' | 'noun'): Map<string, EventPattern[]> => {
    const m = new Map<string, EventPattern[]>();
    for (const p of patterns) if (p.headPos === pos) for (const h of p.head) m.set(h, [...(m.get(h) ?? []), p]);
    for (const b of m.values()) b.sort((a, c) => c.literalCount - a.literalCount);
    return m;
  };
  return { patterns, byVerb: byHead('verb'), byNoun: byHead('noun') };
}

/** A sentence of lower-case words, each its own lemma unless given as "form/lemma". */
function tokens(text: string, pos: Pos = 'NOUN') {
  let at = 0;
  return createTokenTable(text.split(' ').map((w) => {
    const [form, lemma] = w.split('/');
    const row = { start: at, end: at + form.length, text: form, lemma: lemma ?? form, pos };
    at += form.length + 1;
    return row;
  }));
}

const set = patternSet([
  pattern('hold-talks', 'hold', [word('talk'), word('with'), T]),
  pattern('hold-T', 'hold', [T]),
  pattern('accuse-of', 'accuse', [T, word('of')]),
  pattern('torture', 'torture', [T]),
  pattern('ban', 'ban', [T]),
  pattern('ally', 'ally', [word('with'), T]),
  pattern('strike', 'strike', [T]),
  pattern('impose', 'impose', [T]),
]);
const index = indexPatterns(set);

describe('indexPatterns', () => {
  it.each([
    ['tortured', 'torture'],
    ['torturing', 'torture'],
    ['banned', 'ban'],
    ['banning', 'ban'],
    ['allied', 'ally'],
    ['striking', 'strike'],
  ])('finds the verb head of a mis-tagged form: %s -> %s', (form, head) => {
    expect(index.verbForms.get(form)).toBe(index.verbs.get(head));
  });

  it('reads "re-impose" as "impose"', () => {
    expect(index.reVerbs.get('re-impose')).toBe(index.verbs.get('impose'));
  });

  it('knows a head with a bare $T pattern as transitive', () => {
    expect(index.verbs.get('hold')?.transitive).toBe(true);
    expect(index.verbs.get('ally')?.transitive).toBe(false);
  });

  it('collects the first required words of all patterns', () => {
    expect([...index.patternWords].sort()).toEqual(['of', 'talk', 'with']);
  });
});

const none = new Set<string>();
const wordClasses = buildWordClasses(index, { negation: none, report: none, allegation: none, future: none, hypothetical: none, hedge: none });

describe('candidatePatterns', () => {
  const hold = index.verbs.get('hold')!;
  const ids = (text: string): string[] => {
    const t = tokens(text);
    const classes = classifyTokens(wordClasses, t);
    return candidatePatterns(hold, classes, 0, t.count, patternWordTokens(classes, 0, t.count)).map((p) => p.pattern.id);
  };

  it('tries a pattern whose first word follows the head', () => {
    expect(ids('hold two days of talks/talk with iran')).toEqual(['hold-talks', 'hold-T']);
  });

  it('leaves only the open patterns when no first word follows', () => {
    expect(ids('hold the prisoners')).toEqual(['hold-T']);
  });

  it('leaves out a pattern whose opening word is too far from the head to match', () => {
    expect(ids('hold the prisoners here for many more very long and hard days of talks/talk')).toEqual(['hold-T']);
  });

  const withPresence = (text: string): string[] => {
    const t = tokens(text);
    const classes = classifyTokens(wordClasses, t);
    const present = sentenceWordIds(classes, 0, t.count);
    return candidatePatterns(hold, classes, 0, t.count, patternWordTokens(classes, 0, t.count), present).map((p) => p.pattern.id);
  };

  it.each([
    ['hold talks/talk with iran', ['hold-talks', 'hold-T']],
    ['hold talks/talk in geneva', ['hold-T']],
  ])('given the words of the sentence, leaves out a pattern a later word of which is missing: %s', (text, expected) => {
    expect(withPresence(text)).toEqual(expected);
  });
});

describe('sentenceWordIds', () => {
  it('may have the pattern words of the sentence, by form and lemma, and has not the others', () => {
    const t = tokens('iran held/hold talks/talk with iraq');
    const present = sentenceWordIds(classifyTokens(wordClasses, t), 0, t.count);
    expect(['talk', 'with', 'of'].map((w) => mayHaveWordId(present, index.wordIds.get(w)!))).toEqual([true, true, false]);
  });
});

describe('wordIdSet', () => {
  it('holds the ids of its words, and one array serves the same words', () => {
    const sets = new Map<string, Uint32Array>();
    const bits = wordIdSet(['with', 'of'], index.wordIds, sets);
    expect(['with', 'of', 'talk'].map((w) => hasWordId(bits, index.wordIds.get(w)!))).toEqual([true, true, false]);
    expect(wordIdSet(['of', 'with'], index.wordIds, sets)).toBe(bits);
  });
});

describe('patternWordTokens', () => {
  it('lists the tokens that open some pattern, by form or lemma', () => {
    const t = tokens('iran held/hold talks/talk with iraq');
    expect(patternWordTokens(classifyTokens(wordClasses, t), 0, t.count)).toEqual([2, 3]);
  });
});

describe('bySpecificity', () => {
  const coded = (id: string, code: string, words: string[]): EventPattern => ({ ...pattern(id, 'lift', words.map((w) => word(w))), code });

  it('tries a subcode before its general code when both need as many words', () => {
    const general = coded('lift-curfew-081', '081', ['curfew']);
    const specific = coded('lift-curfew-0813', '0813', ['curfew']);
    expect(bySpecificity([general, specific]).map((p) => p.id)).toEqual(['lift-curfew-0813', 'lift-curfew-081']);
  });

  it('still tries the pattern with more required words first, whatever its code', () => {
    const longer = coded('lift-night-curfew-081', '081', ['night', 'curfew']);
    const specific = coded('lift-curfew-0813', '0813', ['curfew']);
    expect(bySpecificity([specific, longer]).map((p) => p.id)).toEqual(['lift-night-curfew-081', 'lift-curfew-0813']);
  });
});
