import type { Chrono, ParsedResult } from 'chrono-node';
import type { DatePrecision } from '../../core/dates.js';
import { formatDay, mostRecentWeekday, noonOf, type CalendarDay } from './calendar-day.js';
import { dateBasisOf, hasShiftWord } from './date-cues.js';
import { englishChrono } from './chrono-english.js';
import { cuedParser } from './parser-cues.js';

/** A date expression found in a piece of text, offsets relative to that text. */
export interface ParsedDate {
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
  readonly precision: DatePrecision;
  readonly basis: 'explicit' | 'relative';
  /** The year the expression points at, for the historical test; null when unknown. */
  readonly year: number | null;
}

/** Finds the date expressions of a text, resolved against a publication day (or null). */
export type DateParser = (text: string, published: CalendarDay | null) => ParsedDate[];

// Without a publication day, relative dates have no value; the parser still needs some reference.
const NO_REFERENCE: CalendarDay = { year: 2000, month: 1, day: 1 };
// Expressions chrono reads that carry no date of their own ("earlier in the day").
const NOT_A_DATE = /^(?:in )?the day(?: before| after)?$/i;
const PERIOD_WORDS = /week|month|year|today|tonight|yesterday|tomorrow|ago/i;

/**
 * A date parser over chrono-node (one parser instance, made here and reused), with the news
 * rule for a bare weekday: "Monday" is the most recent Monday on or before publication.
 * `forwardDate` is off: news reports what happened.
 *
 * @example
 * createDateParser()('Talks resumed on Monday.', { year: 2007, month: 5, day: 28 })
 * // [{ start: 13, end: 22, value: '2007-05-28', precision: 'day', basis: 'relative', year: 2007 }]
 */
export function createDateParser(): DateParser {
  const chrono: Chrono = englishChrono().clone();
  // Each parser runs only when its cue is in the text: the same results, a third of the time.
  chrono.parsers = chrono.parsers.map(cuedParser);
  return (text, published) => {
    const results = chrono.parse(text, noonOf(published ?? NO_REFERENCE), { forwardDate: false });
    const dates: ParsedDate[] = [];
    for (const r of results) {
      const date = readResult(r, published);
      if (date) dates.push(date);
    }
    return dates;
  };
}

function readResult(r: ParsedResult, published: CalendarDay | null): ParsedDate | null {
  const c = r.start;
  const certain = { year: c.isCertain('year'), month: c.isCertain('month'), day: c.isCertain('day'), weekday: c.isCertain('weekday') };
  if (NOT_A_DATE.test(r.text)) return null;
  if (!certain.year && !certain.month && !certain.day && !certain.weekday && !PERIOD_WORDS.test(r.text)) return null; // a time alone
  const basis = dateBasisOf(r.text);
  const precision: DatePrecision = certain.day || certain.weekday || !(certain.month || certain.year) ? 'day' : certain.month ? 'month' : 'year';
  let day: CalendarDay = { year: c.get('year') ?? 0, month: c.get('month') ?? 1, day: c.get('day') ?? 1 };
  if (published && certain.weekday && !certain.day && !certain.month && !hasShiftWord(r.text)) {
    day = mostRecentWeekday(published, c.get('weekday') ?? 0);
  }
  // With no publication day, only what the text itself states has a value.
  const known = published !== null || (certain.year && (precision !== 'day' || certain.day) && (precision === 'year' || certain.month));
  const value = !known ? null : formatDay({ year: day.year, month: precision === 'year' ? 1 : day.month, day: precision === 'day' ? day.day : 1 });
  return { start: r.index, end: r.index + r.text.length, value, precision, basis, year: known ? day.year : null };
}
