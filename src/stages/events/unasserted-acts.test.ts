import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET CODE modality" lines. */
const coded = createCodeCoder('2003-09-15');

// Issue 3: an act only hoped for did not happen, however long the subject between.
describe('acts under a verb of hope', () => {
  it('reads an act hoped for past a long subject as hypothetical', () => {
    const lines = coded('The Kenyan minister said on Monday she hoped that a group of senior Somali militia commanders blamed for the raids on border towns would soon be arrested by Ethiopian police.');
    expect(lines.filter((l) => l.includes(' 17')).every((l) => l.endsWith('hypothetical'))).toBe(true);
  });

  it('stops at a clause of its own', () => {
    const lines = coded('Kenya hoped for calm, but Somali gunmen attacked a Kenyan border post on Monday.');
    expect(lines.some((l) => l.includes(' 18') && !l.endsWith('hypothetical'))).toBe(true);
  });
});

// Issue 3: a participle that tells the circumstances of an act still to come has not happened either.
describe('participles after a clause still to come', () => {
  it('reads the participle of a clause after "before" as hypothetical', () => {
    const lines = coded('The talks open a week before the Kenyan president flies to Addis Ababa, seeking to restore ties with Ethiopia.');
    expect(lines.filter((l) => l.includes('>ETH')).every((l) => l.endsWith('hypothetical'))).toBe(true);
  });

  it('keeps the participle of a clause that happened', () => {
    const lines = coded('The Kenyan president flew to Addis Ababa on Monday, seeking to restore ties with Ethiopia.');
    expect(lines.some((l) => l.includes('>ETH') && !l.endsWith('hypothetical'))).toBe(true);
  });
});
