import { describe, expect, it } from 'vitest';
import { createPairCoder } from './coded-pairs.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET ROOT" lines. */
const coded = createPairCoder('2012-11-20');

// Issue 3: force launched from a place, with no actor named as its source.
describe('force from a place', () => {
  it.each([
    ['in the subject', 'Rockets fired from Gaza struck Israeli towns.', 'PSE>ISR 19'],
    ['after a passive verb', 'Mortars were fired from Syria into Turkish villages on Monday.', 'SYR>'],
    ['as an event noun', 'Shelling from Syria killed two Turkish soldiers.', 'SYR>TURMIL 19'],
  ])('takes the origin as source %s', (_name, text, expected) => {
    expect(coded(text).some((l) => l.startsWith(expected) && (l.endsWith(' 19') || l.endsWith(' 18') || l.endsWith(' 20')))).toBe(true);
  });

  it('never takes the origin as the one hit', () => {
    expect(coded('Shelling from Syria killed two Turkish soldiers.').some((l) => l.includes('>SYR'))).toBe(false);
  });

  it('keeps a source the sentence names', () => {
    expect(coded('Hamas militants fired rockets from Gaza at Israeli towns.').some((l) => l.startsWith('PSE>'))).toBe(false);
  });

  it('never takes the origin of the one attacked in a passive', () => {
    expect(coded('A convoy from Kenya was attacked near the border.').some((l) => l.startsWith('KEN>'))).toBe(false);
  });
});

// Issue 3: a withdrawal names what is left after "from".
describe('departure from a place', () => {
  it.each([
    ['a verb', 'Ethiopia withdrew its troops from Somalia on Tuesday.', 'ETH>SOM 08'],
    ['an event noun', 'Washington sped up the withdrawal of its invasion forces from Panama.', 'USAGOV>PAN 08'],
  ])('takes the place left as target after %s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('takes the place its object is in after a verb of leaving', () => {
    expect(coded('Russia withdrew its troops in Moldova last year.')).toContain('RUS>MDA 08');
  });

  it('takes no place of the source\'s own country', () => {
    expect(coded('Israel released 200 prisoners from Israeli jails.').some((l) => l.startsWith('ISR>ISR'))).toBe(false);
  });
});
