import { describe, expect, it } from 'vitest';
import { createPairCoder } from './coded-pairs.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET ROOT" lines. */
const coded = createPairCoder('1998-03-10');

// Issue 3: who an act of force is done to, when the pattern names the victim itself.
describe('the victim a pattern of force names', () => {
  it.each([
    ['with no source', 'A roadside bomb killed two Kenyan soldiers on Friday.', '->KENMIL 18'], // a roadside bombing: 1833 (codebook),
    ['of the source\'s own country', 'Peruvian police arrested nine Peruvian students on Friday.', 'PERCOP>PEREDU 17'],
  ])('takes the actor of the pattern\'s own object noun as target, %s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('never makes the source its own victim', () => {
    expect(coded('Colombian soldiers killed three Colombian soldiers by mistake.').some((l) => l.startsWith('COLMIL>COLMIL'))).toBe(false);
  });
});

// Issue 3: the subject of an act, past a collective noun.
describe('subject after a collective noun', () => {
  it.each([
    ['"the first deployment of"', 'The first deployment of Fijian peacekeeping troops arrived in Lebanon on Monday.', 'FJIMIL>LBN 07'],
    ['"a batch of"', 'A batch of Ghanaian peacekeeping troops arrived in Liberia on Monday.', 'GHAMIL>LBR 07'],
  ])('finds the troops of %s as the source', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });
});

// Issue 3: a participle of attitude after "be" is no passive.
describe('participles of attitude', () => {
  it.each([
    ['"is committed to"', 'Laos is committed to opening its markets, the minister said.', 'LAO>- 03'],
    ['"is opposed to"', 'Chile is opposed to Argentine mediation in the dispute.', 'CHL>ARG 12'],
  ])('keeps the subject of %s as the source', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('still reads "opposed by" as a passive with its agent', () => {
    expect(coded('The plan was opposed by Chile.')).toContain('CHL>- 11');
  });
});

// Issue 3: whom a threat is aimed at.
describe('target of a threat', () => {
  it('is the subject of its "unless" clause', () => {
    expect(coded('French farmers threatened to block the ports unless Spain lifted its fishing quotas.')).toContain('FRAAGR>ESP 13');
  });
});

// Issue 3: an act mentioned only as background.
describe('background mentions of acts', () => {
  it.each([
    ['"a pause in the shelling"', 'Residents reported a pause in the shelling on Tuesday.'],
    ['"behind the bombings"', 'Officials say they know who was behind the bombings.'],
  ])('codes nothing from an event noun with no actor inside a phrase like %s', (_name, text) => {
    expect(coded(text)).toEqual([]);
  });

  it('keeps an event noun that is the content of a charge ("blamed X for killings")', () => {
    expect(coded('Rights groups blamed the junta for mass killings in the north.').some((l) => l.endsWith(' 20'))).toBe(true);
  });
});

// Issue 3: one actor named twice in one phrase makes one event.
describe('an actor named twice', () => {
  it('makes one event of "the International Atomic Energy Agency, or IAEA"', () => {
    const out = coded('On Tuesday Iran expelled two monitors sent by the International Atomic Energy Agency, or IAEA.');
    expect(out.filter((l) => l.startsWith('IRN>IGO')).length).toBe(1);
  });
});

// Issue 3: the charge of a punishment is not an event of its own.
describe('acts named as a charge', () => {
  it.each([
    ['"jailed X for helping"', 'A Kenyan court jailed a Somali trader for helping rebels attack Uganda.', 'SOM'],
    ['"convicted X of spying"', 'A Bolivian court convicted two Chilean officers of spying on Peru.', 'CHLMIL>PER'],
  ])('codes the punishment, not the act charged, after %s', (_name, text, charged) => {
    expect(coded(text).some((l) => l.startsWith(charged))).toBe(false);
  });
});

// Issue 3: whose "the president" is, when the sentence names its country only as a possessor.
describe('a definite state body after a possessor country', () => {
  it('takes the country named before it ("Chad\'s elections ... the president")', () => {
    expect(coded("The party said it will boycott Chad's elections unless the president resigns.")).toContain('TCDPTY>TCDGOV 13');
  });

  it('does not take a possessor named after it ("the government thanked China\'s envoy")', () => {
    expect(coded("The government expressed thanks for China's assistance.").some((l) => l.startsWith('CHNGOV>'))).toBe(false);
  });
});

// Issue 3: a subject set apart from its verb by a participial aside.
describe('subject before an aside', () => {
  it('takes the actor that modifies the subject noun ("Kenyan air raids, carried out weekly, have killed")', () => {
    expect(coded('Recent Kenyan air raids, carried out almost weekly, have killed at least eight Somali fighters.')).toContain('KEN>SOMREB 19');
  });
});

// Issue 3: the object of "to help" with a bare verb.
describe('target past "to help" and a bare verb', () => {
  it('finds the object of "send arms to help defend X"', () => {
    expect(coded('Norway is willing to send equipment to help defend Latvia, its defence minister said.')).toContain('NOR>LVA 03');
  });
});

// Issue 3: whom a protest with no named target is against.
describe('target of a protest that names none', () => {
  it('is the protesters\' own state when the main verb tells it', () => {
    expect(coded('Angry Peruvian students rioted on Monday.')).toContain('PEREDU>PER 14');
  });

  it.each([
    ['named only, as the object of a condemnation', 'The government condemned a protest by Peruvian students.'],
    ['told in a relative clause', 'Police arrested Peruvian students who rioted on Monday.'],
  ])('is not given when the protest is %s', (_name, text) => {
    expect(coded(text).some((l) => l.startsWith('PEREDU>PER '))).toBe(false);
  });
});
