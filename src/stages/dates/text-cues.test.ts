import { describe, expect, it } from 'vitest';
import { createSpan } from '../../core/span.js';
import { mayHoldDate } from './date-cues.js';
import { TextCues } from './text-cues.js';

/** The sentences of a text split at '|', with the cue test's answer for each. */
function cuesOf(text: string): boolean[] {
  const cues = new TextCues(text.replaceAll('|', ' '));
  let from = 0;
  return text.split('|').map((part) => {
    const span = createSpan(from, from + part.length);
    from += part.length + 1;
    return cues.mayHoldDate(span);
  });
}

describe('the text cues before mayHoldDate', () => {
  it.each([
    'Talks resumed on Monday.|Nothing else happened.|Rebels left last week.',
    'No date here.|None here either.|Or here.',
    'Sept. 3 talks.|The 5/3 vote.|It was years ago.|the JANUARY talks.|Mayors met.',
    'Wednesdays are quiet.|A two-year deal.|Weekend.|TODAY.|Xmonth.',
  ])('never says no where mayHoldDate says yes in "%s"', (text) => {
    const answers = cuesOf(text);
    text.split('|').forEach((sentence, i) => {
      if (mayHoldDate(sentence)) expect(answers[i]).toBe(true);
    });
  });

  it('says no for sentences with no calendar word', () => {
    expect(cuesOf('Talks resumed on Monday.|Nothing else happened.|Rebels fled.')).toEqual([true, false, false]);
  });
});
