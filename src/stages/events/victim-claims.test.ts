import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET CODE modality" lines. */
const coded = createCodeCoder('2003-09-15');

// Issue 3: a speaker that says it was the victim of force accuses the attacker (112).
describe('speakers who say they were attacked', () => {
  it.each([
    ['Japan said it was shelled by North Korean gunboats.', 'JPN>PRKMIL 112 asserted'],
    ['Tunisia said it was attacked by Libyan gunmen on Sunday.', 'TUN>LBYUAF 112 asserted'],
  ])('codes "%s" as an accusation (%s)', (text, line) => {
    const lines = coded(text);
    expect(lines).toContain(line);
    expect(lines.filter((l) => / 1[89]\d* /.test(l))).toEqual([]);
  });

  it('leaves force against a third party, as reported, alone', () => {
    expect(coded('Kenya said its police were attacked by Somali militants.')).toContain('SOMREB>KENCOP 180 reported');
  });

  it('leaves an attack the speaker made alone', () => {
    expect(coded('Syria said it had shelled rebel positions.').some((l) => l.includes(' 112 '))).toBe(false);
  });
});
