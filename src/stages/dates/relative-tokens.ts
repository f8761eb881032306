import type { TokenTable } from '../../core/tokens.js';
import { formatDay, noonOf, type CalendarDay } from './calendar-day.js';
import { dateBasisOf } from './date-cues.js';
import type { DatePrecision } from '../../core/dates.js';
import type { Found, TokenSentence } from './token-dates.js';
import { isWordChar, onlySpaceBetween, wordStartsAt } from './text-chars.js';

// Without a publication day, the parser's reference day (see date-parser.ts).
const NO_REFERENCE: CalendarDay = { year: 2000, month: 1, day: 1 };
type Unit = 'day' | 'week' | 'month' | 'year';
const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'],
]);
const COUNTS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
]);
const CLOCK_UNITS: ReadonlyMap<string, 'hour' | 'minute' | 'second'> = new Map([
  ['hour', 'hour'], ['hours', 'hour'], ['minute', 'minute'], ['minutes', 'minute'], ['second', 'second'], ['seconds', 'second'],
]);
const FORWARD: ReadonlySet<string> = new Set(['after', 'later']);
const BACKWARD: ReadonlySet<string> = new Set(['ago', 'before', 'earlier']);
// Words before "a day after" that make the parser read more ("for a day", "about two years").
const NOT_BEFORE_COUNT: ReadonlySet<string> = new Set([
  'within', 'in', 'for', 'this', 'last', 'past', 'next', 'after', '+', '-', '–', 'of', 'about', 'around', 'roughly',
  'approximately', 'just', '~', 'few', 'couple', 'half', 'the', 'several', 'a', 'an',
]);

/**
 * "last week", "this month", "next year" (token `i` is the unit), as the parser reads them: last
 * and next move the publication day by one unit (a week gives a day, a month its month, a year its
 * year); "this week" is the Sunday that starts it, "this month" and "this year" their first day.
 */
export function readShiftedUnit(text: string, sentence: TokenSentence, tokens: TokenTable, i: number, published: CalendarDay | null): Found | null {
  const { firstToken: first, endToken: end } = sentence;
  const lower = tokens.lower;
  const unit = UNITS.get(lower[i]);
  const m = i - 1;
  if (!unit || unit === 'day' || m < first || !onlySpaceBetween(text, tokens.end[m], tokens.start[i])) return null;
  const modifier = lower[m];
  if (modifier !== 'this' && modifier !== 'last' && modifier !== 'past' && modifier !== 'next') return null;
  if (!wordStartsAt(text, sentence, tokens.start[m])) return null;
  if (m > first && (lower[m - 1] === 'after' || lower[m - 1] === 'of' || lower[m - 1] === 'end')) return null;
  if (i + 1 < end && /^[a-z0-9]/.test(lower[i + 1]) && tokens.start[i + 1] === tokens.end[i]) return null;
  const ref = noonOf(published ?? NO_REFERENCE);
  let value: Date;
  let precision: DatePrecision;
  let known: boolean;
  if (modifier === 'this') {
    value = new Date(ref.getTime());
    if (unit === 'week') { value.setDate(value.getDate() - value.getDay()); precision = 'day'; known = published !== null; }
    else if (unit === 'month') { value.setDate(1); precision = 'month'; known = true; }
    else { value.setDate(1); value.setMonth(0); precision = 'year'; known = true; }
  } else {
    value = shifted(ref, unit, modifier === 'next' ? 1 : -1);
    precision = unit === 'week' ? 'day' : unit;
    known = true;
  }
  return found(text, sentence, tokens, m, i + 1, value, precision, known, 'relative');
}

/**
 * "a day after", "three years ago", "two weeks earlier" (token `i` is the unit): the publication
 * day moved by that many units, with the unit's precision (a week gives a day).
 */
export function readUnitOffset(text: string, sentence: TokenSentence, tokens: TokenTable, i: number, published: CalendarDay | null): Found | null {
  const { firstToken: first, endToken: end } = sentence;
  const lower = tokens.lower;
  const unit = UNITS.get(lower[i]);
  const n = i - 1;
  const s = i + 1;
  if (!unit || n < first || s >= end || !onlySpaceBetween(text, tokens.end[n], tokens.start[i]) || !onlySpaceBetween(text, tokens.end[i], tokens.start[s])) return null;
  const sign = FORWARD.has(lower[s]) ? 1 : BACKWARD.has(lower[s]) ? -1 : 0;
  const count = COUNTS.get(lower[n]) ?? (/^[1-9]\d{0,2}$/.test(lower[n]) ? Number(lower[n]) : 0);
  if (sign === 0 || count === 0 || !wordStartsAt(text, sentence, tokens.start[n])) return null;
  if (n > first && (NOT_BEFORE_COUNT.has(lower[n - 1]) || /\d/.test(lower[n - 1]) || UNITS.has(lower[n - 1]) || CLOCK_UNITS.has(lower[n - 1]))) return null;
  // "two years, a day after": the parser reads a chain of spans.
  if (n - 1 > first && (lower[n - 1] === ',' || lower[n - 1] === 'and') && (UNITS.has(lower[n - 2]) || CLOCK_UNITS.has(lower[n - 2]))) return null;
  if (s + 1 < end && tokens.start[s + 1] === tokens.end[s] && /^[a-z0-9]/.test(lower[s + 1])) return null;
  const value = shifted(noonOf(published ?? NO_REFERENCE), unit, sign * count);
  return found(text, sentence, tokens, n, s + 1, value, unit === 'week' ? 'day' : unit, true, 'offset');
}

const WITHIN: ReadonlySet<string> = new Set(['within', 'in', 'for']);
const AFTER_SPAN: ReadonlySet<string> = new Set(['ago', 'before', 'earlier', 'later', 'after', 'from', 'henceforth', 'forward', 'out', '-', '–']);
const NUMBERISH: ReadonlySet<string> = new Set(['the', 'few', 'several', 'couple', 'half', 'about', 'around']);

/**
 * "for three hours", "within 48 hours", "in two weeks" (token `i` is the unit): the parser reads
 * the publication instant moved forward by that span; clock units keep the day ("for a second
 * day" reads "for a second": the publication day).
 */
export function readUnitSpan(text: string, sentence: TokenSentence, tokens: TokenTable, i: number, published: CalendarDay | null): Found | null {
  const { firstToken: first, endToken: end } = sentence;
  const lower = tokens.lower;
  const unit = UNITS.get(lower[i]);
  const clock = CLOCK_UNITS.get(lower[i]);
  const n = i - 1;
  const w = i - 2;
  if ((!unit && !clock) || w < first || !WITHIN.has(lower[w]) || !wordStartsAt(text, sentence, tokens.start[w])) return null;
  if (!onlySpaceBetween(text, tokens.end[w], tokens.start[n]) || !onlySpaceBetween(text, tokens.end[n], tokens.start[i])) return null;
  const count = COUNTS.get(lower[n]) ?? (/^[1-9]\d{0,2}$/.test(lower[n]) ? Number(lower[n]) : 0);
  if (count === 0 || (i + 1 < end && (AFTER_SPAN.has(lower[i + 1]) || tokens.start[i + 1] === tokens.end[i] && /^[a-z0-9]/.test(lower[i + 1])))) return null;
  // "for two months and three days": the parser reads a chain of spans.
  if (i + 2 < end && (lower[i + 1] === ',' || lower[i + 1] === 'and') && (COUNTS.has(lower[i + 2]) || /\d/.test(lower[i + 2]) || NUMBERISH.has(lower[i + 2]))) return null;
  if (w > first && (lower[w - 1] === 'after' || lower[w - 1] === 'this' || lower[w - 1] === 'last' || lower[w - 1] === 'past' || lower[w - 1] === 'next')) return null;
  const ref = noonOf(published ?? NO_REFERENCE);
  let value: Date;
  if (clock) {
    value = new Date(ref.getTime());
    if (clock === 'hour') value.setHours(value.getHours() + count);
    else if (clock === 'minute') value.setMinutes(value.getMinutes() + count);
    else value.setSeconds(value.getSeconds() + count);
  } else {
    value = shifted(ref, unit as Unit, count);
  }
  const precision: DatePrecision = clock || unit === 'day' || unit === 'week' ? 'day' : (unit as 'month' | 'year');
  return found(text, sentence, tokens, w, i + 1, value, precision, true, 'relative');
}

/** Days the parser reads from a casual word: "today" and "tonight" the publication day itself. */
export const CASUAL_DAY_SHIFTS: ReadonlyMap<string, number> = new Map([['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1]]);

/**
 * "today", "tonight", "yesterday", "tomorrow" (token `i`), as the parser reads them alone: the
 * reference day moved by 0, -1 or +1 days, a certain day (so it has a value even without a
 * publication day: the parser's reference day's). A neighbour that may join it is the caller's
 * test, as for any date.
 */
export function readCasualDay(text: string, sentence: TokenSentence, tokens: TokenTable, i: number, published: CalendarDay | null): Found | null {
  const shift = CASUAL_DAY_SHIFTS.get(tokens.lower[i]);
  if (shift === undefined || !wordStartsAt(text, sentence, tokens.start[i])) return null;
  // The parser's word ends at a non-word character or the sentence's end.
  if (tokens.end[i] < sentence.span[1] && isWordChar(text.charCodeAt(tokens.end[i]))) return null;
  return found(text, sentence, tokens, i, i + 1, shifted(noonOf(published ?? NO_REFERENCE), 'day', shift), 'day', true, 'date');
}

// The reference instant moved by whole units, as chrono-node's addDuration does it (local time).
function shifted(ref: Date, unit: Unit, by: number): Date {
  const date = new Date(ref.getTime());
  if (unit === 'year') date.setFullYear(date.getFullYear() + by);
  else if (unit === 'month') date.setMonth(date.getMonth() + by);
  else date.setDate(date.getDate() + (unit === 'week' ? 7 * by : by));
  return date;
}

function found(
  text: string, sentence: TokenSentence, tokens: TokenTable, from: number, to: number, date: Date, precision: DatePrecision, known: boolean,
  kind: Found['kind'],
): Found {
  const year = date.getFullYear();
  const day: CalendarDay = { year, month: precision === 'year' ? 1 : date.getMonth() + 1, day: precision === 'day' ? date.getDate() : 1 };
  return {
    first: from, end: to, kind, date: {
      start: tokens.start[from] - sentence.span[0], end: tokens.end[to - 1] - sentence.span[0],
      value: known ? formatDay(day) : null, precision, basis: dateBasisOf(text.slice(tokens.start[from], tokens.end[to - 1])), year: known ? year : null,
    },
  };
}
