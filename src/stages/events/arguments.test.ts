import { describe, expect, it } from 'vitest';
import { createPairCoder } from './coded-pairs.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET ROOT" lines. */
const coded = createPairCoder('1995-06-01');

// Issue 3: who did it, when the subject is set apart from its verb.
describe('subject of an event', () => {
  it.each([
    ['looks past a parenthetical acronym', 'The African Union (AU) has agreed to send troops to Somalia.', 'IGOAFRAFU>SOMMIL 03'],
    ['looks past a parenthetical gloss and a head noun', 'The Hizbollah (Party of God) group declared a truce with Israel.', 'LBNREB>ISR 08'],
    ['looks past an aside opened by a participle', 'Chilean President Patricio Aylwin, following the new accord, has lifted the sanctions on Bolivia.', 'CHLGOV>BOL 08'],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it.each([
    ['"today"', 'Norway said today it had expelled two Chilean diplomats.', 'NOR>CHLGOV 16'],
    ['"on Monday"', 'Norway said on Monday it had expelled two Chilean diplomats.', 'NOR>CHLGOV 16'],
  ])('reads "it" after a speech verb and %s as the speaker', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('gives an infinitive of purpose the subject of the verb it serves, not that verb\'s object', () => {
    const out = coded('The Gambian president will visit Mali and Niger next week to mediate between the two neighbours.');
    expect(out).not.toContain('MLI>NER 04');
    expect(out).not.toContain('NER>MLI 04');
    expect(out).toContain('GMBGOV>MLI 03');
  });

  it.each([
    ['"urged X to"', 'Canada urged Haiti to release the detained reporters.', 'CAN>HTI 02'],
    ['"invited X to"', 'Peru invited Ecuador to attend the border talks.', 'PER>ECU 02'],
  ])('keeps the object of an object-control verb as the infinitive\'s subject after %s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });
});

// Issue 3: who an event is done to.
describe('target of an event', () => {
  it('takes the owner of the pattern\'s object noun before an actor further on', () => {
    expect(coded('Chile flatly rejected a Peruvian ultimatum to hand over a soldier wanted for a brawl outside the Bolivian embassy.'))
      .toContain('CHL>PER 12');
  });

  it('reads "him" as the person named earlier, not the country', () => {
    // (Sent, not offered: help only offered is no act of aid; see slot-rules.test.ts.)
    const out = coded('Egypt sent its troops to Sudanese President Ibrahim Wadaki to help him against the northern clans.');
    expect(out).toContain('EGYMIL>SDNGOV 07');
  });
});


// Issue 3: the source's own forces are not what it acts on.
describe('a target the source owns', () => {
  it('leaves no target when the only object is the source\'s own ("a call for its troops")', () => {
    const out = coded('NATO on Monday rejected a call for its troops to be sent to Moldova.');
    expect(out.some((line) => /^IGO\w*>IGO/.test(line))).toBe(false);
  });
});
