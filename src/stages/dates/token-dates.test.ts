import { describe, expect, it } from 'vitest';
import { layer } from '../../core/document.js';
import { createHandBuilder } from '../places/hand-built-document.js';
import type { CalendarDay } from './calendar-day.js';
import { createDateParser } from './date-parser.js';
import { createTokenDateReader } from './token-date-reader.js';

const build = createHandBuilder();
const read = createTokenDateReader();
const parser = createDateParser();
// Monday 28 May 2007.
const PUBLISHED: CalendarDay = { year: 2007, month: 5, day: 28 };

/** The token reader's dates of a one-sentence text, as [expression, value, precision, basis]. */
function tokenDates(text: string, published: CalendarDay | null = PUBLISHED) {
  const doc = build(text, { date: null });
  const sentence = layer(doc, 'sentences')[0];
  const dates = read(doc.text, sentence, layer(doc, 'tokens'), published);
  return dates && dates.map((d) => [text.slice(d.start, d.end), d.value, d.precision, d.basis]);
}

/** What the date parser (chrono-node) reads from the same text, in the same form. */
function parserDates(text: string, published: CalendarDay | null = PUBLISHED) {
  return parser(text, published).map((d) => [text.slice(d.start, d.end), d.value, d.precision, d.basis]);
}

describe('the token date reader', () => {
  it.each([
    ['a weekday after "on"', 'The ministers met on Monday.', [['on Monday', '2007-05-28', 'day', 'relative']]],
    ['a weekday with its comma', 'On Sunday, rebels shelled the town.', [['On Sunday,', '2007-05-27', 'day', 'relative']]],
    ['a weekday in a possessive', "Tuesday's meeting was cancelled.", [['Tuesday', '2007-05-22', 'day', 'relative']]],
    ['a weekday and a time of day', 'Clashes broke out on Friday night, police said.', [['on Friday night', '2007-05-25', 'day', 'relative']]],
    ['a month and day, year nearest publication', 'The accord was signed on April 15 after talks.', [['April 15', '2007-04-15', 'day', 'explicit']]],
    ['a December day in a May article, the year before', 'The vote was held on Dec 17 in the capital.', [['Dec 17', '2006-12-17', 'day', 'explicit']]],
    ['a dateline date with its trailing space', 'BASRA, March 26 (Wire) - Troops fought militiamen.', [['March 26 ', '2007-03-26', 'day', 'explicit']]],
    ['a full date', 'The war began on October 7, 2023, when fighters attacked.', [['October 7, 2023', '2023-10-07', 'day', 'explicit']]],
    ['a month and year', 'The army withdrew in March 2006.', [['March 2006', '2006-03-01', 'month', 'explicit']]],
    ['a month alone', 'Fighting erupted in December between the factions.', [['December', '2006-12-01', 'month', 'explicit']]],
    ['a month alone keeps the comma after it', 'Since December, the army has held the town.', [['December,', '2006-12-01', 'month', 'explicit']]],
    ['"may" the verb is no date', 'The talks may resume next year.', [['next year', '2008-01-01', 'year', 'relative']]],
    ['last week, a week back', 'The two sides talked last week.', [['last week', '2007-05-21', 'day', 'relative']]],
    ['this month, its first day', 'The leader was toppled this month.', [['this month', '2007-05-01', 'month', 'relative']]],
    ['last year', 'Rebels seized the north last year.', [['last year', '2006-01-01', 'year', 'relative']]],
    ['an offset after publication', 'The board voted, a day after the strike.', [['a day after', '2007-05-29', 'day', 'relative']]],
    ['an offset in years', 'Violence returned three years after independence.', [['three years after', '2010-01-01', 'year', 'relative']]],
    ['a span from publication', 'The army paused for three hours to let aid in.', [['for three hours', '2007-05-28', 'day', 'relative']]],
    ['a span with digits is explicit', 'He was told to leave within 48 hours.', [['within 48 hours', '2007-05-30', 'day', 'explicit']]],
    ['a relative span next to a weekday stays apart', 'Fighting raged for a second day on Monday.', [['for a second', '2007-05-28', 'day', 'relative'], ['on Monday', '2007-05-28', 'day', 'relative']]],
    ['numbers that are no dates', 'Police said 40 people were killed on Monday in 2005.', [['on Monday', '2007-05-28', 'day', 'relative']]],
    ['a unit word with no number', 'The two-year deal was signed on Monday after weeks of talks.', [['on Monday', '2007-05-28', 'day', 'relative']]],
    ['"today"', 'Envoys arrive today.', [['today', '2007-05-28', 'day', 'relative']]],
    ['"yesterday"', 'Rebels shelled the town yesterday, witnesses said.', [['yesterday', '2007-05-27', 'day', 'relative']]],
    ['"tomorrow"', "Tomorrow's vote will decide it.", [['Tomorrow', '2007-05-29', 'day', 'relative']]],
    ['"tonight"', 'The curfew begins tonight.', [['tonight', '2007-05-28', 'day', 'relative']]],
    ['"the weekend", its Saturday', 'Troops struck the camps over the weekend, saying they protected civilians.', [['weekend,', '2007-05-26', 'day', 'relative']]],
    ['two weekdays joined by "and"', 'Jets struck on Saturday and Sunday, enforcing the zone.', [['on Saturday', '2007-05-26', 'day', 'relative'], ['Sunday,', '2007-05-27', 'day', 'relative']]],
    ['"May" the name before a weekday', 'Prime Minister Theresa May said on Wednesday that talks failed.', [['on Wednesday', '2007-05-23', 'day', 'relative']]],
    ['a span whose chain ends at a comma', 'The truce began on Sunday morning after a delay of nearly three hours, during which shelling went on.', [['on Sunday morning', '2007-05-27', 'day', 'relative']]],
    ['a decimal that is no date', "The suffering of Gaza's 1.5 million residents grew last week.", [['last week', '2007-05-21', 'day', 'relative']]],
  ])('reads %s, as the date parser does', (_name, text, expected) => {
    expect(tokenDates(text)).toEqual(expected);
    expect(tokenDates(text)).toEqual(parserDates(text));
  });

  it.each([
    ['a weekday without a publication date', 'The ministers met on Monday.'],
    ['a month and day without a publication date', 'The accord was signed on April 15 after talks.'],
    ['a full date without a publication date', 'The war began on October 7, 2023, when fighters attacked.'],
    ['a month and year without a publication date', 'The army withdrew in March 2006.'],
    ['"today" without a publication date', 'Envoys arrive today.'],
    ['"the weekend" without a publication date', 'Troops struck over the weekend, saying so.'],
  ])('reads %s as the date parser does', (_name, text) => {
    expect(tokenDates(text, null)).toEqual(parserDates(text, null));
  });

  // Many phrasings near what the reader reads natively: whatever it reads must be what the parser reads.
  it.each([
    'Talks resumed today.', 'Talks resumed today, officials said.', "Today's talks failed.", 'Talks resumed yesterday and today.',
    'Talks resume tomorrow at noon.', 'The army moved in tonight, officials said.', 'The army moved in last night.', 'Officials met today in Geneva.',
    'Officials met on Monday and today.', 'Officials met today to Friday.', 'Officials met today - Friday.', 'It happened yesterday 5 times.',
    'Up-today the council met.', 'The weekend saw fighting.', 'Fighting over the weekend killed 12.', 'Fighting last weekend killed 12.',
    'Fighting next weekend is feared.', 'Fighting this weekend, officials said.', 'The weekend of talks ended.', 'On the weekend, crowds gathered.',
    'The weekday markets were shut.', 'Strikes hit on Saturday, Sunday and Monday.', 'Strikes hit on Saturday to Sunday.', 'Strikes hit on Saturday, Sunday.',
    'Strikes hit Saturday Sunday.', 'Strikes hit on Saturday or Sunday.', 'Strikes hit Monday, March 3.', 'Strikes hit Monday and March 3.',
    'Theresa May said on Wednesday.', 'Theresa May, on Wednesday, said so.', 'In May, on Wednesday, it began.', 'May said Monday that it may rain.',
    'Theresa May and Monday talks.', 'May to Monday the talks ran.', 'It lasted three hours, during which shells fell.', 'It lasted three hours, and then stopped.',
    'It lasted three hours and two minutes ago it ended.', 'It lasted three hours, two minutes ago it ended.', 'It lasted three hours, the envoy said on Monday.',
    'It lasted three hours, a day after the vote.', 'It ran for three hours, officials said on Monday.', 'Some 30 years, after the war, it ended on Monday.',
    'A 1.5 million budget was set on Monday.', 'A 1.50 million budget was set on Monday.', 'Rates rose 2.5 percent on Monday.', 'At 1.5 the vote closed on Monday.',
    'From 1.5 to 2.5 it rose on Monday.', 'It rose by 1.5 a day on Monday.', 'It rose 12.75 on Monday.', 'It rose 1.5% on Monday.',
  ])('reads "%s" as the date parser does, or leaves it to the parser', (text) => {
    const tokens = tokenDates(text);
    if (tokens !== null) expect(tokens).toEqual(parserDates(text));
    const alone = tokenDates(text, null);
    if (alone !== null) expect(alone).toEqual(parserDates(text, null));
  });

  it.each([
    ['a shifted weekday', 'The ministers met last Monday.'],
    ['a day before a month', 'The accord was signed on 3 May.'],
    ['a range of days', 'Talks ran from May 3 to May 5.'],
    ['a weekday and a date together', 'The ministers met on Monday, May 28.'],
    ['an offset before a date', 'He left a day after Monday talks.'],
    ['a time on a weekday', 'The ministers met on Monday at 3 p.m.'],
    ['a time zone after a weekday', 'The ministers met on Monday, EST.'],
    ['a chain of spans', 'The siege lasted for two months and three days.'],
    ['a weekday abbreviation', 'The ministers sat down to talk on Monday.'],
    ['a time of day before a date', 'The girls were taken on the night of April 14.'],
    ['a time unit whose chain may go on', 'The siege lasted three hours, a day after the vote.'],
    ['a decimal before a one-letter unit', 'Aid arrived in 1.5 h on Monday.'],
    ['a decimal in a numeric date', 'The vote fell on 1.5.2007 in the capital.'],
    ['"yesterday" with a time of day', 'Rebels shelled the town yesterday morning.'],
    ['"weekends"', 'Markets close on weekends in the capital.'],
    ['a weekday and "today" side by side', 'The ministers meet Monday, today.'],
    ['"mid-March"', 'The offensive began in mid-March.'],
  ])('leaves %s to the date parser', (_name, text) => {
    expect(tokenDates(text)).toBeNull();
  });
});
