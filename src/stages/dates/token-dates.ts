import type { Span } from '../../core/span.js';
import type { TokenTable } from '../../core/tokens.js';
import { formatDay, mostRecentWeekday, noonOf, type CalendarDay } from './calendar-day.js';
import { DAY_TIMES, FULL_MONTHS, MONTHS, TIME_UNITS, WEEKDAYS, isParserWord } from './calendar-words.js';
import { DATE_WORD } from './date-words.js';
import { dateBasisOf } from './date-cues.js';
import type { ParsedDate } from './date-parser.js';
import { CASUAL_DAY_SHIFTS, readCasualDay, readShiftedUnit, readUnitOffset, readUnitSpan } from './relative-tokens.js';
import { isSpace, isWordChar, onlySpaceBetween, wordStartsAt } from './text-chars.js';

/** One sentence as the token date reader sees it: its text span and its tokens `[first, end)`. */
export interface TokenSentence {
  readonly span: Span;
  readonly firstToken: number;
  readonly endToken: number;
}

// Without a publication day, the parser's reference day (see date-parser.ts).
const NO_REFERENCE: CalendarDay = { year: 2000, month: 1, day: 1 };
const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
const SHIFTS: ReadonlySet<string> = new Set(['this', 'last', 'past', 'next']);
const AFTER_WEEKDAY: ReadonlySet<string> = new Set(['of', 'this', 'last', 'past', 'next', ')', '）']);
const RANGE_WORDS: ReadonlySet<string> = new Set(['-', '–', '—', '/', 'to', 'through', 'until', 'till']);
const YEAR_SUFFIXES: ReadonlySet<string> = new Set(['ad', 'bc', 'bce', 'ce', 'be']);
const ORDINALS: ReadonlySet<string> = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth', 'of',
]);
const SATURDAY = 6;
const DAY_NUMBER = /^\d{1,2}$/;
const DECIMAL = /^\d{1,3}\.\d+$/;
// Characters next to a decimal that could make it part of a numeric date ("1.5-2007", "1.5/3").
const DATE_PUNCTUATION: ReadonlySet<number> = new Set([45, 46, 47, 58]);
// One-letter units the parser reads after a number ("1.5 h"), and a bare meridiem ("1.5 a").
const AFTER_DECIMAL: ReadonlySet<string> = new Set(['s', 'm', 'h', 'd', 'w', 'y', 'a', 'p']);
const YEAR_NUMBER = /^[12]\d{3}$/;
const PLAIN_NUMBER = /^(?:\d+|\d{1,3}(?:,\d{3})+)$/;
const TIME_ZONE_LIKE = /^[A-Z]{2,4}$/;
// Words around a time unit that make the parser read a date from it ("three days ago", "for a year").
const AFTER_UNIT: ReadonlySet<string> = new Set(['ago', 'before', 'earlier', 'later', 'after', 'from', 'henceforth', 'forward', 'out', ',', 'and']);
const BEFORE_UNIT: ReadonlySet<string> = new Set(['within', 'in', 'for', 'this', 'last', 'past', 'next', 'after', '+', '-', '–', ',', 'and', 'of']);
// "six-month", "35-year-old": no number stands before the unit with a space, so no date.
const HYPHENED = /^(?:[a-z]+|\d+)(?:-[a-z]+)+$/;
const CASUAL_DAYS: ReadonlySet<string> = new Set(['now', 'today', 'tonight', 'tomorrow', 'yesterday', 'weekend', 'weekends', 'weekday', 'weekdays']);
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'a', 'an', 'few', 'several', 'the', 'couple', 'of', 'half', 'about', 'around', 'roughly', 'approximately', 'just', '~',
]);
// Words that begin the parser's number pattern without a word end after them.
const NUMBER_STARTS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'the', 'few', 'several', 'half', 'couple', 'acouple',
];
const TIME_SUFFIX = /^(?:am|pm|a\.m|p\.m|o'clock|h$|hrs?$|:)/;

/** A date expression over tokens `[first, end)`; `date` null when the parser drops it. */
export interface Found {
  readonly first: number;
  readonly end: number;
  readonly date: ParsedDate | null;
  /** 'offset': "a day after", "two years ago"; 'relative': "for three hours", "last week"; 'date': the rest. */
  readonly kind: 'date' | 'relative' | 'offset';
}

/**
 * The date expressions of one sentence read from its tokens, as the date parser would give them
 * (same spans, values, precision and basis): weekdays ("on Monday,", "Monday's"), "Month D",
 * "Month D, YYYY", "Month YYYY" and a month alone ("in December"). Numbers that are no date
 * ("40 people", "in 2005") are passed over. Returns null when the sentence holds a word the
 * parser could read that is not one of these, or expressions so close that the parser would
 * merge them: the caller then asks the parser.
 *
 * @example
 * readTokenDates(text, sentence, tokens, { year: 2007, month: 5, day: 28 }, () => false)
 * // "Troops withdrew on Monday." -> [{ start: 15, end: 24, value: '2007-05-28', precision: 'day', basis: 'relative', year: 2007 }]
 */
export function readTokenDates(
  text: string, sentence: TokenSentence, tokens: TokenTable, published: CalendarDay | null, isZone: (abbreviation: string) => boolean,
  yearNearest: YearNearest = closestYear, dateWords?: Uint8Array,
): ParsedDate[] | null {
  const { firstToken: first, endToken: end } = sentence;
  const lower = tokens.lower;
  const found: Found[] = [];
  const quiet: number[] = [];
  for (let i = first; i < end; i++) {
    if (dateWords === undefined ? !isParserWord(lower[i]) : (dateWords[i] & DATE_WORD.parserWord) === 0) continue;
    const word = lower[i];
    let f: Found | null | undefined;
    if (WEEKDAYS.has(word) || word === 'weekend') f = readWeekday(text, sentence, tokens, i, published, isZone);
    else if (MONTHS.has(word)) f = readMonth(text, sentence, tokens, i, published, isZone, yearNearest);
    else if ((PLAIN_NUMBER.test(word) || isQuietDecimal(text, tokens, first, end, i)) && quietNumber(tokens, first, end, i)) continue;
    else if (CASUAL_DAY_SHIFTS.has(word)) f = readCasualDay(text, sentence, tokens, i, published);
    else if (TIME_UNITS.has(word)) f = readShiftedUnit(text, sentence, tokens, i, published) ?? readUnitOffset(text, sentence, tokens, i, published) ?? readUnitSpan(text, sentence, tokens, i, published);
    if (!f && quietWord(text, tokens, first, end, i)) {
      if (DAY_TIMES.has(word)) quiet.push(i); // a time of day joins a date next to it
      continue;
    }
    if (!f) return null;
    found.push(f);
    i = f.end - 1;
  }
  const dates: ParsedDate[] = [];
  for (let n = 0; n < found.length; n++) {
    const f = found[n];
    // Expressions this close may be merged by the parser ("Monday, March 3", "May 3 to June 1").
    if (n > 0 && mayMerge(found[n - 1], f, lower)) return null;
    if (hasDigitAt(tokens, f.first - 1, first, end) || hasDigitAt(tokens, f.end, first, end)) return null;
    if (quiet.some((q) => q >= f.first - 3 && q < f.end + 3)) return null;
    if (f.date) dates.push(f.date);
  }
  return dates;
}

function readWeekday(
  text: string, sentence: TokenSentence, tokens: TokenTable, i: number, published: CalendarDay | null, isZone: (abbreviation: string) => boolean,
): Found | null {
  const { firstToken: first, endToken: end } = sentence;
  const lower = tokens.lower;
  if (!wordStartsAt(text, sentence, tokens.start[i])) return null;
  if (i > first && SHIFTS.has(lower[i - 1])) return null;
  let from = i;
  if (i > first && lower[i - 1] === 'on' && wordStartsAt(text, sentence, tokens.start[i - 1])) from = i - 1;
  if (from > first) {
    const before = lower[from - 1];
    if (before === '(' || before === '（') return null;
    if (before === ',' && (tokens.start[from - 1] === sentence.span[0] || !isWordChar(text.charCodeAt(tokens.start[from - 1] - 1)))) return null;
  }
  let to = i + 1;
  // "on Sunday afternoon": the time of day joins the weekday (it moves no day).
  // The comma after the weekday belongs to it, not after the time of day ("on Sunday afternoon, witnesses").
  if (to < end && DAY_PARTS.has(lower[to]) && onlySpaceBetween(text, tokens.end[i], tokens.start[to])) to++;
  else if (to < end && lower[to] === ',') to++;
  if (to < end && AFTER_WEEKDAY.has(lower[to])) return null;
  if (zoneFollows(tokens, to, end, isZone)) return null;
  const start = tokens.start[from] - sentence.span[0];
  const stop = tokens.end[to - 1] - sentence.span[0];
  // The parser reads "weekend" as its Saturday when no modifier ("last weekend") comes with it.
  const day = published ? mostRecentWeekday(published, WEEKDAYS.get(lower[i]) ?? SATURDAY) : null;
  const basis = dateBasisOf(text.slice(tokens.start[from], tokens.end[to - 1]));
  return { first: from, end: to, kind: 'date', date: { start, end: stop, value: day ? formatDay(day) : null, precision: 'day', basis, year: day ? day.year : null } };
}

function readMonth(
  text: string, sentence: TokenSentence, tokens: TokenTable, i: number, published: CalendarDay | null, isZone: (abbreviation: string) => boolean,
  yearNearest: YearNearest,
): Found | null {
  const { firstToken: first, endToken: end } = sentence;
  const lower = tokens.lower;
  const word = lower[i];
  const month = MONTHS.get(word) as number;
  if (!wordStartsAt(text, sentence, tokens.start[i])) return null;
  if (i > first && (ORDINALS.has(lower[i - 1]) || hasDigitAt(tokens, i - 1, first, end))) return null;
  let j = i + 1;
  const full = FULL_MONTHS.has(word);
  if (!full && !word.endsWith('.') && j < end && lower[j] === '.' && tokens.start[j] === tokens.end[i]) j++;
  if (j < end && DAY_NUMBER.test(lower[j])) return readMonthDay(text, sentence, tokens, i, j, month, published, isZone, yearNearest);
  if (!full) return null;
  let to = j;
  let year: number | null = null;
  if (j < end && hasDigitAt(tokens, j, first, end)) {
    if (!YEAR_NUMBER.test(lower[j]) || !onlySpaceBetween(text, tokens.end[i], tokens.start[j])) return null;
    year = Number(lower[j]);
    to = j + 1;
    if (hasDigitAt(tokens, to, first, end) || (to < end && YEAR_SUFFIXES.has(lower[to]))) return null;
  } else if (j < end && (lower[j] === ',' || lower[j] === 'of' || lower[j] === '-')) {
    // "in December, the army": the parser keeps the comma (or "of", "-") when no year follows it.
    if (j + 1 >= end || hasDigitAt(tokens, j + 1, first, end) || !onlySpaceBetween(text, tokens.end[j], tokens.start[j + 1])) return null;
    if (lower[j] !== ',' && !onlySpaceBetween(text, tokens.end[i], tokens.start[j])) return null;
    if (!/^[\s,]*$/.test(text.slice(tokens.end[i], tokens.start[j]))) return null;
    to = j + 1;
  }
  if (year === null && word === 'may') {
    if (end - first === 1) return null;
    // The parser drops a bare "may" (the verb) unless "in" comes before it.
    if (i === first || lower[i - 1] !== 'in') return { first: i, end: to, date: null, kind: 'date' };
  }
  if (zoneFollows(tokens, to, end, isZone)) return null;
  let stop = tokens.end[to - 1];
  if (year === null) stop = withTrailingSpace(text, sentence, stop);
  const implied = year ?? yearNearest(published ?? NO_REFERENCE, 1, month);
  const known = published !== null || year !== null;
  return {
    first: i, end: to, kind: 'date', date: {
      start: tokens.start[i] - sentence.span[0], end: stop - sentence.span[0],
      value: known ? formatDay({ year: implied, month, day: 1 }) : null, precision: 'month',
      basis: dateBasisOf(text.slice(tokens.start[i], stop)), year: known ? implied : null,
    },
  };
}

function readMonthDay(
  text: string, sentence: TokenSentence, tokens: TokenTable, i: number, j: number, month: number, published: CalendarDay | null,
  isZone: (abbreviation: string) => boolean, yearNearest: YearNearest,
): Found | null {
  const { firstToken: first, endToken: end } = sentence;
  const lower = tokens.lower;
  const day = Number(lower[j]);
  if (day < 1 || day > daysIn(month)) return null;
  if (text.charCodeAt(tokens.end[j]) === 58) return null; // "May 3:30"
  let k = j + 1;
  if (k < end && TIME_SUFFIX.test(lower[k])) return null;
  let year: number | null = null;
  if (k < end && lower[k] === ',' && k + 1 < end && YEAR_NUMBER.test(lower[k + 1])) {
    year = Number(lower[k + 1]);
    k += 2;
  } else if (k < end && YEAR_NUMBER.test(lower[k]) && onlySpaceBetween(text, tokens.end[j], tokens.start[k])) {
    year = Number(lower[k]);
    k += 1;
  }
  if (hasDigitAt(tokens, k, first, end) || (k < end && (RANGE_WORDS.has(lower[k]) || YEAR_SUFFIXES.has(lower[k]) || TIME_SUFFIX.test(lower[k])))) return null;
  if (k < end && lower[k] === ',' && hasDigitAt(tokens, k + 1, first, end)) return null;
  if (year !== null && text.charCodeAt(tokens.end[k - 1]) === 58) return null;
  if (zoneFollows(tokens, k, end, isZone)) return null;
  let stop = tokens.end[k - 1];
  if (year === null) stop = withTrailingSpace(text, sentence, stop);
  const implied = year ?? yearNearest(published ?? NO_REFERENCE, day, month);
  const known = published !== null || year !== null;
  return {
    first: i, end: k, kind: 'date', date: {
      start: tokens.start[i] - sentence.span[0], end: stop - sentence.span[0],
      value: known ? formatDay({ year: implied, month, day }) : null, precision: 'day',
      basis: dateBasisOf(text.slice(tokens.start[i], stop)), year: known ? implied : null,
    },
  };
}

/**
 * A decimal ("1.5 million") the parser reads nothing from, no more than from a plain number: its
 * time parser wants two digits after the point (or a meridiem), its numeric dates a slash or a
 * year, which no digit or date punctuation next to it can supply.
 */
function isQuietDecimal(text: string, tokens: TokenTable, first: number, end: number, i: number): boolean {
  if (!DECIMAL.test(tokens.lower[i]) || hasDigitAt(tokens, i - 1, first, end) || hasDigitAt(tokens, i + 1, first, end)) return false;
  const before = text.charCodeAt(tokens.start[i] - 1);
  const after = text.charCodeAt(tokens.end[i]);
  if (DATE_PUNCTUATION.has(before) || DATE_PUNCTUATION.has(after) || (before >= 48 && before <= 57) || (after >= 48 && after <= 57)) return false;
  return !(i + 1 < end && (AFTER_DECIMAL.has(tokens.lower[i + 1]) || /^[ap]\./.test(tokens.lower[i + 1])));
}

/** A plain number the parser reads no time from: not after "at"/"from", not before "am"/"pm". */
function quietNumber(tokens: TokenTable, first: number, end: number, i: number): boolean {
  if (i > first && (tokens.lower[i - 1] === 'at' || tokens.lower[i - 1] === 'from')) return false;
  return !(i + 1 < end && TIME_SUFFIX.test(tokens.lower[i + 1]));
}

/**
 * True when the parser may read two nearby expressions as one: "a day after Monday" (an offset
 * before a date), "Monday, March 3" or "May 3 - 5" (two dates), "last week to Monday" (a range).
 * A relative expression next to a date stays apart ("for three hours on Wednesday").
 */
function mayMerge(before: Found, after: Found, lower: readonly string[]): boolean {
  const gap = after.first - before.end;
  if (gap < 0) return true;
  if (gap > 2) return false;
  if (before.kind === 'offset') return true;
  if (before.kind === 'date' && after.kind === 'date') return onlyJoinersBetween(before, after, lower);
  return gap === 1 && RANGE_WORDS.has(lower[before.end]);
}

/**
 * True when nothing but a comma or a range word ("to", "-") stands between two dates: the parser
 * joins two dates only so ("Monday, March 3", "May 3 to June 1"); any other word between keeps them
 * apart ("on Saturday and Sunday", "Theresa May said on Wednesday": the two words are read apart,
 * and the parser then drops "May"). A date reads no word beyond its tokens, so the words between
 * its tokens are the parser's words between too.
 */
function onlyJoinersBetween(before: Found, after: Found, lower: readonly string[]): boolean {
  for (let n = before.end; n < after.first; n++) if (lower[n] !== ',' && !RANGE_WORDS.has(lower[n])) return false;
  return true;
}

/**
 * A time unit or time of day the parser reads nothing from that could become a date: no number
 * with "in/for/within/last/next..." before it, no "ago/later/after..." after it ("a two-year
 * deal", "the day's fighting", "at night").
 */
function quietWord(text: string, tokens: TokenTable, first: number, end: number, i: number): boolean {
  const lower = tokens.lower;
  const word = lower[i];
  const dash = word.search(/[^a-z]/);
  if (dash >= 0 && !HYPHENED.test(word)) return false;
  const head = dash < 0 ? word : word.slice(0, dash);
  const prev = i > first && onlySpaceBetween(text, tokens.end[i - 1], tokens.start[i]) ? lower[i - 1] : '';
  if (DAY_TIMES.has(head)) return dash < 0 && prev !== 'this' && prev !== 'last' && !hasDigitAt(tokens, i - 1, first, end) && !hasDigitAt(tokens, i - 2, first, end);
  if (!TIME_UNITS.has(head)) return HYPHENED.test(word) && !word.split('-').some((part) => MONTHS.has(part) || WEEKDAYS.has(part) || DAY_TIMES.has(part) || CASUAL_DAYS.has(part));
  // "this week", "end of the month"; else the parser needs a number right before the unit.
  if (prev === 'this' || prev === 'last' || prev === 'past' || prev === 'next' || prev === 'of' || (prev === 'the' && i - 2 >= first && lower[i - 2] === 'of')) return false;
  if (prev === '' || !isNumberish(prev)) return true;
  if (dash < 0 && i + 1 < end && AFTER_UNIT.has(lower[i + 1]) && !chainEndsAt(lower, i + 1, end)) return false;
  for (let p = i - 2; p >= first && p >= i - 5; p--) {
    if (BEFORE_UNIT.has(lower[p])) return false;
    if (!isNumberish(lower[p])) return true;
  }
  return false;
}

/**
 * True when the parser's chain of time spans ("two years, a day after") cannot go on past the
 * comma or "and" at token `k`: what follows cannot start a number ("three hours, during which").
 * The unit then ends the span, and the comma stands between it and any "ago" or "later".
 */
function chainEndsAt(lower: readonly string[], k: number, end: number): boolean {
  if (lower[k] !== ',' && lower[k] !== 'and') return false;
  let n = k + 1;
  if (lower[k] === ',' && n < end && lower[n] === 'and') n++;
  return n >= end || !mayStartNumber(lower[n]);
}

// Whether a word may begin the parser's number pattern: digits, "a" or "an" (a whole word there), or
// a number word, which needs no word end there ("ones" reads "one s", a second).
function mayStartNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  return word === 'a' || word === 'an' || NUMBER_STARTS.some((start) => word.startsWith(start));
}

function isNumberish(word: string): boolean {
  const parts = word.split(/[^a-z0-9.]+/);
  const last = parts[parts.length - 1];
  return NUMBER_WORDS.has(last) || /\d/.test(last) || NUMBER_WORDS.has(word);
}

/** `closestYear`, or a function that gives the same answers (a memo of it). */
export type YearNearest = (reference: CalendarDay, day: number, month: number) => number;

/**
 * The year the parser gives a month and day without one: the year that puts it nearest the
 * reference instant (noon of the publication day), as chrono-node reckons it.
 */
export function closestYear(reference: CalendarDay, day: number, month: number): number {
  const ref = noonOf(reference);
  const date = new Date(ref);
  date.setMonth(month - 1);
  date.setDate(day);
  const next = new Date(date);
  next.setFullYear(next.getFullYear() + 1);
  const last = new Date(date);
  last.setFullYear(last.getFullYear() - 1);
  const gap = (d: Date) => Math.abs(d.getTime() - ref.getTime());
  if (gap(next) < gap(date)) return next.getFullYear();
  if (gap(last) < gap(date)) return last.getFullYear();
  return date.getFullYear();
}

function daysIn(month: number): number {
  return month === 2 ? 29 : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when token `i` (inside `[first, end)`) holds a digit. */
export function hasDigitAt(tokens: TokenTable, i: number, first: number, end: number): boolean {
  if (i < first || i >= end) return false;
  const word = tokens.lower[i];
  for (let n = 0; n < word.length; n++) {
    const c = word.charCodeAt(n);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// A time-zone abbreviation after a date joins it in the parser's reading ("Monday, EST").
function zoneFollows(tokens: TokenTable, i: number, end: number, isZone: (abbreviation: string) => boolean): boolean {
  if (i < end && tokens.lower[i] === '(') i++;
  return i < end && TIME_ZONE_LIKE.test(tokens.text[i]) && isZone(tokens.text[i]);
}

// The parser keeps the spaces after "March 26" when punctuation follows them ("March 26 (Wire)").
function withTrailingSpace(text: string, sentence: TokenSentence, stop: number): number {
  let p = stop;
  while (p < sentence.span[1] && isSpace(text.charCodeAt(p))) p++;
  return p > stop && (p === sentence.span[1] || !isWordChar(text.charCodeAt(p))) ? p : stop;
}
