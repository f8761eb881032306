/**
 * Calendar words as lower-cased tokens, for the token date reader: month and weekday names, and
 * every word the date parser (chrono-node) can build a date from. A sentence holding such a word
 * that the token reader does not account for goes to the date parser.
 */

/** Full month names: 'march' -> 3. */
export const FULL_MONTHS: ReadonlyMap<string, number> = new Map([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
].map((name, i) => [name, i + 1]));

/** Month names and their abbreviations, with or without the dot: 'sept.' -> 9. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...FULL_MONTHS,
  ...(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const).flatMap((abbr) => {
    const month = abbr === 'sept' ? 9 : ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(abbr) + 1;
    return [[abbr, month], [`${abbr}.`, month]] as [string, number][];
  }),
]);

/** Full weekday names: 'sunday' -> 0 ... 'saturday' -> 6. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((name, i) => [name, i]),
);

/**
 * Words the date parser can read a date or time from, besides month and weekday names and
 * numbers: weekday abbreviations, time units, casual days and times of day.
 */
export const PARSER_WORDS: ReadonlySet<string> = new Set([
  'sun', 'sun.', 'mon', 'mon.', 'tue', 'tue.', 'tues', 'wed', 'wed.', 'thu', 'thu.', 'thur', 'thur.', 'thurs', 'thurs.', 'fri', 'fri.', 'sat', 'sat.',
  'weekend', 'weekends', 'weekday', 'weekdays',
  // One-letter units ("5 s", "3 h") need a number before them, and a number is a parser word itself.
  'sec', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'hr', 'hrs', 'hour', 'hours', 'day', 'days',
  'week', 'weeks', 'mo', 'mos', 'month', 'months', 'qtr', 'quarter', 'quarters', 'yr', 'year', 'years',
  'now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday',
  'morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon',
]);

/** Time units as the parser reads them after a number ("three days", "a year"). */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'sec', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'hr', 'hrs', 'hour', 'hours', 'day', 'days',
  'week', 'weeks', 'mo', 'mon', 'mos', 'month', 'months', 'qtr', 'quarter', 'quarters', 'yr', 'year', 'years',
]);

/** Times of day: the parser reads a time from them, which joins a date next to it ("Monday night"). */
export const DAY_TIMES: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon']);

// Every word `isParserWord` accepts by itself: one probe instead of three.
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS.keys(), ...WEEKDAYS.keys(), ...PARSER_WORDS]);

/**
 * True when the date parser could read something from this lower-cased token: a digit, a month or
 * weekday name, or one of `PARSER_WORDS`.
 *
 * @example
 * isParserWord('monday') // true
 * isParserWord('talks')  // false
 */
export function isParserWord(word: string): boolean {
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c < 97 || c > 122) plain = false;
  }
  if (CALENDAR_WORDS.has(word)) return true;
  // "two-year", "mid-March": the parser sees the words inside a token too.
  return !plain && hasCalendarPart(word);
}

/** True when a run of two or more letters a-z inside `word` is a calendar word. */
function hasCalendarPart(word: string): boolean {
  let from = -1;
  for (let i = 0; i <= word.length; i++) {
    const c = i < word.length ? word.charCodeAt(i) : 0;
    const letter = c >= 97 && c <= 122;
    if (letter && from < 0) from = i;
    else if (!letter && from >= 0) {
      if (i - from > 1 && CALENDAR_WORDS.has(word.slice(from, i))) return true;
      from = -1;
    }
  }
  return false;
}
