import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

const coded = createCodeCoder('2014-07-20');

// Issue 3: a weapon after "by" is the instrument; whoever fired it is the attacker.
describe('passive attacks by a weapon that someone used', () => {
  it.each([
    ['The Israeli convoy was attacked by rockets launched by Hezbollah fighters.', 'LBNREB>ISR 194 asserted'],
    ['The Turkish transport plane was blown up near the border by a surface-to-air missile thought to be fired by Syrian troops.', 'SYRMIL>TUR'],
  ])('codes "%s" from the weapon\'s user (%s)', (text, line) => {
    expect(coded(text).some((l) => l.startsWith(line))).toBe(true);
  });

  it('codes a bombing with a bomb someone planted from its planter, keeping its code', () => {
    expect(coded('The Turkish patrol was attacked by a bomb planted by Syrian militants.').some((l) => / 18\d* /.test(l) && l.includes('>TUR'))).toBe(true);
  });

  it('takes no source when nobody is said to have used the weapon', () => {
    expect(coded('The Indian airliner was blown up by a missile.').every((l) => l.startsWith('-'))).toBe(true);
  });
});
