import { describe, expect, it } from 'vitest';
import { createPairCoder } from './coded-pairs.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET ROOT" lines. */
const coded = createPairCoder('2003-09-15');

// Issue 3: what an actor has done before, told in a relative clause, is no event of the sentence.
describe('relative clauses in the perfect', () => {
  it('drops the description when the sentence reports another event', () => {
    const lines = coded('Nigerian troops attacked the rebel group, which has seized three towns in Niger since May.');
    expect(lines.some((l) => l.endsWith(' 17'))).toBe(false);
    expect(lines.some((l) => l.startsWith('NGAMIL>') && l.endsWith(' 18'))).toBe(true);
  });

  it('keeps it when it is the only event', () => {
    expect(coded('Niger has lost three towns to rebels who have seized them since May.').some((l) => l.endsWith(' 17'))).toBe(true);
  });

  it('keeps a passive that names its agent', () => {
    expect(coded('Chadian troops met a rebel unit that has been accused by Sudan of raiding Sudanese towns.').some((l) => l.startsWith('SDN>') && l.endsWith(' 11'))).toBe(true);
  });

  it('keeps a relative clause in the simple past', () => {
    expect(coded('Nigerian troops attacked the rebels who seized three Nigerien soldiers on Monday.').some((l) => l.endsWith(' 17'))).toBe(true);
  });
});
