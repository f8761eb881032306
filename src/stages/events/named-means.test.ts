import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET CODE modality" lines. */
const coded = createCodeCoder('2009-08-14');

// Issue 3: the CAMEO codebook codes a bombing by its kind (1831 suicide, taking precedence over
// 1832 car or vehicle; 1833 roadside) and artillery or rockets as 194, whether the means is the
// subject of the killing or named after a passive one, actor or not.
describe('an act of force whose subject names its means', () => {
  it.each([
    ['A roadside bomb killed two Kenyan soldiers on Friday.', '->KENMIL 1833'],
    ['A suicide car bombing killed 14 Iraqi policemen.', '->IRQCOP 1831'],
    ['A car bomb killed nine Lebanese civilians.', '->LBNCVL 1832'],
    ['A bomb planted by Chechen rebels killed six Russian soldiers.', 'RUSREB>RUSMIL 183'],
    ['A Taliban suicide bombing killed five Afghan soldiers.', 'AFGREB>AFGMIL 1831'],
    ['A rocket killed three Israeli civilians.', '->ISRCVL 194'],
  ])('codes %j by the means', (text, expected) => {
    expect(coded(text)).toContain(`${expected} asserted`);
  });

  it('drops the means\' own event: one attack, not a bombing and a killing', () => {
    expect(coded('A suicide car bombing killed 14 Iraqi policemen.')).toEqual(['->IRQCOP 1831 asserted']);
  });

  it('gives the means to an act coordinated with the first ("killed ... and wounded ...")', () => {
    const lines = coded('A roadside bomb killed one Afghan soldier and wounded three Afghan policemen.');
    expect(lines.some((l) => l.startsWith('->AFGCOP 1833'))).toBe(true);
  });

  it('gives the means to a participle after its clause ("exploded ..., killing ...")', () => {
    expect(coded('A car bomb exploded in a crowded market, killing 12 Pakistani civilians.')).toContain('->PAKCVL 1832 asserted');
  });

  it.each([
    ['Rebels who fled the shelling killed three Congolese villagers.', '>CODCVL 190'],
    ['Gunmen killed two Peruvian police officers.', 'PERUAF>PERCOP 190'],
  ])('leaves %j to its own subject', (text, expected) => {
    expect(coded(text).some((l) => l.includes(expected))).toBe(true);
  });
});

describe('a passive act of force that names its means but no actor', () => {
  it.each([
    ['Eight Pakistani soldiers were killed in a powerful suicide truck bombing.', '->PAKMIL 1831'],
    ['Three Afghan policemen were killed by a roadside bomb.', '->AFGCOP 1833'],
    ['Two Somali soldiers were killed in heavy shelling.', '->SOMMIL 194'],
    ['Four Syrian civilians were killed in the attack.', '->SYRCVL 190'],
  ])('codes %j by the means', (text, expected) => {
    expect(coded(text)).toContain(`${expected} asserted`);
  });

  it('drops the bombing\'s own events: one attack on the victims, not a suicide and a car bombing besides', () => {
    expect(coded('Five Iraqi policemen were killed in a suicide truck bombing in Mosul.')).toEqual(['->IRQCOP 1831 asserted']);
  });
});

// Codebook 1833: reports "can rarely credibly identify the actors responsible for placing those
// explosives", so "the particular locations of such attacks are typically coded as source actors".
describe('the place of a roadside bombing as its source', () => {
  it('codes "a roadside bomb killed two soldiers near Kabul" as AFGUAF against the soldiers', () => {
    expect(coded('A roadside bomb killed two Canadian soldiers near Kabul.')).toContain('AFGUAF>CANMIL 1833 asserted');
  });

  it('keeps a named planter as the source', () => {
    expect(coded('Three Afghan soldiers were killed by a roadside bomb planted by the Taliban in Helmand.').some((l) => l.startsWith('AFGREB>AFGMIL'))).toBe(true);
  });
});
