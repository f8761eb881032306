import { casual } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { cuedParser, PARSER_CUES } from './parser-cues.js';

const reference = new Date(Date.UTC(2007, 4, 28, 12));
const plain = casual.clone();
const cued = casual.clone();
cued.parsers = cued.parsers.map(cuedParser);
const found = (c: typeof plain, text: string) => c.parse(text, reference, { forwardDate: false }).map((r) => [r.index, r.text, r.start.date().toISOString()]);

describe('cued chrono parsers', () => {
  it('names a cue for every chrono parser that runs on most sentences', () => {
    const named = plain.parsers.map((p) => p.constructor.name).filter((n) => n in PARSER_CUES);
    expect(named.length).toBeGreaterThanOrEqual(15);
  });

  it.each([
    'Talks resumed on Monday at 3 p.m. in the capital.',
    'The ceasefire signed on March 3, 2007 held for two weeks.',
    'Troops left the town a year after the war and returned last night.',
    'Officials met this morning, three days ago, and again on 5/3.',
    'The deal was reached in 2006-05-03 and renewed late last month.',
    'They sat down with the envoy for a week before the end of the month.',
    'The minister said nothing new.',
  ])('finds what chrono finds in %j', (text) => {
    expect(found(cued, text)).toEqual(found(plain, text));
  });
});
