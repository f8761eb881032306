import { describe, expect, it } from 'vitest';
import { layer } from '../../core/document.js';
import { createHandBuilder, type HandEvent } from '../places/hand-built-document.js';
import { createDatesStage } from './dates-stage.js';

const stage = createDatesStage();
const build = createHandBuilder();
// Monday 28 May 2007.
const PUBLISHED = '2007-05-28';

function datesOf(text: string, options: { date?: string | null; events?: readonly HandEvent[] } = {}) {
  const doc = stage.run(build(text, { date: PUBLISHED, ...options }));
  return { dates: layer(doc, 'dates'), eventDates: layer(doc, 'eventDates') };
}

/** The first date mention of a one-sentence text, as [value, precision, basis, historical]. */
function firstMention(text: string): [string | null, string, string, boolean] | undefined {
  const m = datesOf(text).dates.mentions[0];
  return m && [m.value, m.precision, m.basis, m.historical];
}

describe('the dates stage', () => {
  it('declares what it needs and gives', () => {
    expect(stage).toMatchObject({ name: 'dates', requires: ['sentences', 'tokens', 'events'], provides: ['dates', 'eventDates'] });
  });

  it.each([
    ['Monday, the publication day itself', 'The ministers met on Monday.', ['2007-05-28', 'day', 'relative', false]],
    ['Sunday, the day before', 'The ministers met on Sunday.', ['2007-05-27', 'day', 'relative', false]],
    ["a weekday in a possessive", "Tuesday's meeting was cancelled.", ['2007-05-22', 'day', 'relative', false]],
    ['Friday night', 'Clashes broke out on Friday night.', ['2007-05-25', 'day', 'relative', false]],
    ['last Monday, a week back', 'The ministers met last Monday.', ['2007-05-21', 'day', 'relative', false]],
    ['yesterday', 'Rebels shelled the town yesterday.', ['2007-05-27', 'day', 'relative', false]],
    ['today', 'Envoys arrive today.', ['2007-05-28', 'day', 'relative', false]],
    ['last week', 'The two sides talked last week.', ['2007-05-21', 'day', 'relative', false]],
    ['last month, month precision', 'The truce collapsed last month.', ['2007-04-01', 'month', 'relative', false]],
    ['earlier this year, year precision', 'The sanctions were imposed earlier this year.', ['2007-01-01', 'year', 'relative', false]],
    ['an explicit full date', 'The accord was signed on May 3, 2007.', ['2007-05-03', 'day', 'explicit', false]],
    ['a day and month, year from publication', 'The accord was signed on 3 May.', ['2007-05-03', 'day', 'explicit', false]],
    ['a month and year, month precision', 'The army withdrew in March 2006.', ['2006-03-01', 'month', 'explicit', false]],
    ['a recent year, year precision', 'The army withdrew in 2005.', ['2005-01-01', 'year', 'explicit', false]],
    ['a year long past, historical', 'Relations have been frozen since the 1979 hostage crisis.', ['1979-01-01', 'year', 'explicit', true]],
    ['a decade long past, historical', 'The two states fought a war in the 1980s.', ['1980-01-01', 'year', 'explicit', true]],
    ['a year long past after "in"', 'The border was drawn in 1991.', ['1991-01-01', 'year', 'explicit', true]],
    ['a month long past, historical', 'The regime fell in April 2003.', ['2003-04-01', 'month', 'explicit', true]],
  ])('reads %s: %j', (_case, text, expected) => {
    expect(firstMention(text)).toEqual(expected);
  });

  it.each([
    ['a count of people', 'The army sent 2000 troops to the border.'],
    ['a resolution number', 'The council passed resolution 1441 unanimously.'],
    ['a clock time', 'The ceasefire starts at 6 pm.'],
    ['the modal verb "may"', 'Officials may meet again.'],
  ])('finds no date in %s: %j', (_case, text) => {
    expect(datesOf(text).dates.mentions).toEqual([]);
  });

  it('gives spans that point back at the text', () => {
    const text = 'Rebels shelled the town yesterday.';
    const [m] = datesOf(text).dates.mentions;
    expect(text.slice(m.span[0], m.span[1])).toBe('yesterday');
  });

  it.each([
    ['a dateline date before the outlet', 'CAIRO, January 22 (Nile Wire) - Talks resumed in the capital.'],
    ['a date before a bracket', 'The talks opened on March 3 (a Tuesday) in Geneva.'],
  ])('gives no spaces at either end of a span: %s', (_name, text) => {
    for (const m of datesOf(text).dates.mentions) {
      const words = text.slice(m.span[0], m.span[1]);
      expect(words).toBe(words.trim());
    }
  });

  describe('the publication date', () => {
    it("is the document's own date when it has one, source 'input'", () => {
      expect(datesOf('Talks resumed.').dates.published).toEqual({ value: PUBLISHED, source: 'input' });
    });

    it("is read from a dateline otherwise, source 'dateline'", () => {
      const { dates } = datesOf('May 28, 2007 -- Talks resumed in Cairo on Sunday.', { date: null });
      expect(dates.published).toEqual({ value: '2007-05-28', source: 'dateline' });
      expect(dates.mentions.map((m) => m.value)).toEqual(['2007-05-28', '2007-05-27']);
    });

    it("is read from a dateline after the place: 'GAZA CITY, May 3, 2007 (AP) --'", () => {
      expect(datesOf('GAZA CITY, May 3, 2007 (AP) -- Talks resumed.', { date: null }).dates.published.value).toBe('2007-05-03');
    });

    it('is none when neither gives one, and relative dates then have no value', () => {
      const { dates, eventDates } = datesOf('Envoys met on Monday.', { date: null, events: [{ sentence: 0, trigger: 'met' }] });
      expect(dates.published).toEqual({ value: null, source: 'none' });
      expect(dates.mentions[0].value).toBeNull();
      expect(eventDates).toEqual([{ value: null, precision: 'day', basis: 'none', historical: false }]);
    });
  });

  describe('event dates', () => {
    it("take the date in the event's sentence nearest the trigger", () => {
      const text = 'On Sunday the envoys arrived, and they met the president on Monday.';
      const { eventDates } = datesOf(text, { events: [{ sentence: 0, trigger: 'arrived' }, { sentence: 0, trigger: 'met' }] });
      expect(eventDates.map((d) => d.value)).toEqual(['2007-05-27', '2007-05-28']);
    });

    it('take a historical date in the sentence first, and say so', () => {
      const text = 'On Monday Iran accused the US of hostility dating back to the 1979 hostage crisis.';
      const [date] = datesOf(text, { events: [{ sentence: 0, trigger: 'accused' }] }).eventDates;
      expect(date).toEqual({ value: '1979-01-01', precision: 'year', basis: 'explicit', historical: true });
    });

    it("fall back to the publication date, basis 'published'", () => {
      const { eventDates } = datesOf('Talks resumed. Iran and Iraq signed a pact.', { events: [{ sentence: 1, trigger: 'signed' }] });
      expect(eventDates).toEqual([{ value: PUBLISHED, precision: 'day', basis: 'published', historical: false }]);
    });

    it('are aligned with the events', () => {
      const { eventDates } = datesOf('They met yesterday. They signed.', { events: [{ sentence: 0, trigger: 'met' }, { sentence: 1, trigger: 'signed' }] });
      expect(eventDates.map((d) => [d.value, d.basis])).toEqual([['2007-05-27', 'relative'], [PUBLISHED, 'published']]);
    });
  });

  it('ignores boilerplate sentences', () => {
    expect(datesOf('# Updated on Sunday.\nTalks resumed.').dates.mentions).toEqual([]);
  });
});
