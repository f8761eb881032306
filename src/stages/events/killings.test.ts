import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';
import { sharperForceCode } from './sharper-force.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET CODE modality" lines. */
const coded = createCodeCoder('2012-04-10');

// Issue 3: the CAMEO codebook codes "killings of any kind when the weapons used are not specified"
// as 190 (conventional force), murders during an attack too; 18x is for unconventional means.
describe('killings', () => {
  it.each([
    ['Chadian rebels killed six soldiers near the border.', 'TCDREB>TCDMIL 190'],
    ['Gunmen killed two Peruvian police officers on Tuesday.', 'PERUAF>PERCOP 190'],
    ['Two Pakistani policemen were murdered in Quetta.', '->PAKCOP 190'],
    ['Somali militants slaughtered three Kenyan teachers.', 'SOMREB>KENEDU 190'],
  ])('codes a killing with no weapon named, %j, as 190', (text, expected) => {
    expect(coded(text).some((l) => l.startsWith(expected))).toBe(true);
  });

  it.each([
    ['Four Afghan villagers were killed in a Taliban suicide bombing.', '1831'],
    ['Three Syrian civilians were killed in Turkish shelling.', '194'],
    ['Five Malian soldiers were killed by a rocket fired by rebels.', '194'],
  ])('codes a killing whose means the sentence names, %j, by the means (%s)', (text, code) => {
    expect(coded(text).some((l) => l.includes(` ${code} `))).toBe(true);
  });

  it.each([
    ['An angry mob killed two Kenyan men accused of theft.', '1823'],
    ['Protesters beat a Bolivian policeman to death.', '1823'],
    ['Gunmen assassinated the governor of Kandahar.', '186'],
    ['Militants stabbed two Egyptian guards.', '180'],
  ])('keeps the codebook\'s own code for %j (%s)', (text, code) => {
    expect(coded(text).some((l) => l.includes(` ${code} `))).toBe(true);
  });
});

// Issue 3: a comma joins a pattern's words only inside a list closed by "and"/"or"; the speaker
// after "killing 20 people," is not the one killed.
describe('the words of a killing stop at a comma that ends its phrase', () => {
  it('codes "killing about 20 people, aid officials said" as no assassination of officials', () => {
    const lines = coded('Chadian rebels shelled the town for two days, killing about 20 people, aid officials in Nairobi said.');
    expect(lines.some((l) => l.includes(' 186 '))).toBe(false);
    expect(lines.some((l) => l.includes(' 190 '))).toBe(true);
  });

  it('still reads a list closed by "and" as one object: "food, medicine and tents"', () => {
    expect(coded('Chile sent food, medicine and tents to Peru.')).toContain('CHL>PER 073 asserted');
  });
});

describe('sharperForceCode', () => {
  it.each([
    ['190', '1831', '1831'],
    ['190', '194', '194'],
    ['190', '180', null],
    ['190', '190', null],
    ['180', '195', '195'],
    ['180', '183', '183'],
    ['183', '180', null],
    ['190', '112', null],
  ])('recodes %s with the means %s as %s', (code, means, expected) => {
    expect(sharperForceCode(code, means)).toBe(expected);
  });
});
