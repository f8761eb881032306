import { describe, expect, it } from 'vitest';
import { createPairCoder } from './coded-pairs.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET ROOT" lines. */
const coded = createPairCoder('1996-04-15');

// Issue 3: a commitment read across a time phrase is one act of intent, not the act itself.
describe('control verb before a time phrase', () => {
  it.each([
    ['"on Monday"', 'Nordic foreign ministers agreed on Monday to provide medical aid to Moldova.'],
    ['"in principle"', 'Nordic foreign ministers agreed in principle to provide medical aid to Moldova.'],
  ])('codes "agreed %s to provide aid" as an intent (03), with no aid given (07)', (_name, text) => {
    const lines = coded(text);
    expect(lines.some((l) => l.endsWith(' 03') && l.includes('>MDA'))).toBe(true);
    expect(lines.some((l) => l.endsWith(' 07'))).toBe(false);
  });
});

// Issue 3: the subject of a body named in full and glossed by its known acronym.
describe('subject glossed by an acronym in parentheses', () => {
  it('takes the acronym\'s actor when the full name is unknown', () => {
    expect(coded('The International Labor Office (ILO) accused Chile of failing to protect its miners.')).toContain('IGOUNOLAB>CHL 11');
  });
});

// Issue 3: organizing a protest is staging it.
describe('organized protests', () => {
  it.each([
    ['a strike', 'Opposition parties in Bolivia organized a general strike on Monday.', 'BOLOPP>BOL 14'],
    ['a rally', 'Students in Kenya organized a rally against the new fees.', 'KENEDU>'],
  ])('codes organizing %s as a protest by its organizers', (_name, text, expected) => {
    expect(coded(text).some((l) => l.startsWith(expected) && l.endsWith(' 14'))).toBe(true);
  });
});

// Issue 3: what an offer or agreement offers is not yet done.
describe('acts offered or agreed in an infinitive', () => {
  it.each([
    ['an offer of troops', 'Ghana offered its soldiers to Liberian President Samuel Doe to help him restore order.', 'GHA>LBRGOV 03'],
    ['a trade agreement', 'Peru and Chile signed an agreement on Friday to expand trade in fish.', 'PER>CHL 05'],
  ])('codes %s as the offer or agreement, with no act of aid or cooperation', (_name, text, expected) => {
    const lines = coded(text);
    expect(lines).toContain(expected);
    expect(lines.some((l) => l.endsWith(' 06') || l.endsWith(' 07'))).toBe(false);
  });

  it('still codes aid given for a purpose', () => {
    expect(coded('Norway sent food aid to Sudan to help flood victims.')).toContain('NOR>SDN 07');
  });
});

// Issue 3: talks held are held by both sides.
describe('consultations both sides take part in', () => {
  it.each([
    ['talks held', 'Chilean Foreign Minister Jose Insulza held talks with Argentine leaders on Tuesday.', ['CHLGOV>ARGGOV 04', 'ARGGOV>CHLGOV 04']],
    ['a telephone call', 'Chilean Foreign Minister Jose Insulza telephoned Argentine President Carlos Menem on Tuesday.', ['CHLGOV>ARGGOV 04', 'ARGGOV>CHLGOV 04']],
  ])('codes %s in both directions', (_name, text, expected) => {
    const lines = coded(text);
    for (const e of expected) expect(lines).toContain(e);
  });

  it('codes a meeting still to come in one direction', () => {
    const lines = coded('Chilean Foreign Minister Jose Insulza is scheduled to meet with Argentine leaders next week.');
    expect(lines.some((l) => l.startsWith('ARGGOV>CHLGOV'))).toBe(false);
  });
});

// Issue 3: supporters of a person act on that person's side.
describe('supporters of an actor as the subject', () => {
  it.each([
    ['"supporters of"', 'About 300 supporters of former Peruvian President Alan Garcia blocked roads in Lima on Monday.', 'PER'],
    ['"thousands of supporters of"', 'Thousands of supporters of the Kenyan opposition leader rallied in Nairobi on Monday.', 'KEN'],
  ])('takes the actor after %s as the source of the protest', (_name, text, country) => {
    expect(coded(text).some((l) => l.startsWith(country) && l.endsWith(' 14'))).toBe(true);
  });
});

// Issue 3: a passive's agent set off by a comma at the end of the sentence.
describe('late agents of a passive', () => {
  it('takes ", by X" at the end of the sentence as the agent', () => {
    expect(coded('The former mayor has been accused of stealing public land, most of it sold to friends, by Bolivian government officials.'))
      .toContain('BOLGOV>BOLELI 11'); // a former mayor is an elite (ELI), issue 3
  });

  it('takes no agent from a "by" phrase inside the sentence', () => {
    expect(coded('The former mayor was accused of stealing land, by most accounts a small plot, on Monday.').some((l) => l.endsWith(' 11') && !l.startsWith('-'))).toBe(false);
  });
});
