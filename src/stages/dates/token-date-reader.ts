import type { TokenTable } from '../../core/tokens.js';
import type { CalendarDay } from './calendar-day.js';
import { englishChrono } from './chrono-english.js';
import type { ParsedDate } from './date-parser.js';
import { closestYear, readTokenDates, type TokenSentence } from './token-dates.js';

/**
 * Reads one sentence's dates from its tokens, or null when the date parser must read it
 * (`dateWords`: the document's `dateWordsOf`, when the caller has them).
 */
export type TokenDateReader = (text: string, sentence: TokenSentence, tokens: TokenTable, published: CalendarDay | null, dateWords?: Uint8Array) => ParsedDate[] | null;

const PROBE_REFERENCE = new Date(Date.UTC(2007, 4, 28, 12));
/** Publication days whose nearest years are remembered before the memo starts afresh. */
const REMEMBERED_DAYS = 4096;

/**
 * A token date reader (`readTokenDates`) for one stage. It remembers which capitalised
 * abbreviations the date parser takes for a time zone ("Monday EST" is one expression, "Monday
 * UN" is not), asking the parser once per abbreviation, and the year nearest a publication day of
 * each month and day (`closestYear` builds four `Date`s).
 *
 * @example
 * const read = createTokenDateReader();
 * read(doc.text, sentence, tokens, { year: 2007, month: 5, day: 28 }) // [{ start: 15, end: 24, ... }] or null
 */
export function createTokenDateReader(): TokenDateReader {
  const casual = englishChrono();
  const zones = new Map<string, boolean>();
  const isZone = (abbreviation: string): boolean => {
    let known = zones.get(abbreviation);
    if (known === undefined) {
      known = casual.parse(`Monday ${abbreviation}`, PROBE_REFERENCE).some((r) => r.text !== 'Monday');
      zones.set(abbreviation, known);
    }
    return known;
  };
  // By publication day: the year of each month and day (slot month * 32 + day), 0 until known.
  const years = new Map<number, Int16Array>();
  const yearNearest = (reference: CalendarDay, day: number, month: number): number => {
    const dayKey = (reference.year * 13 + reference.month) * 32 + reference.day;
    let known = years.get(dayKey);
    if (!known) {
      if (years.size >= REMEMBERED_DAYS) years.clear();
      known = new Int16Array(13 * 32);
      years.set(dayKey, known);
    }
    const slot = month * 32 + day;
    if (known[slot] === 0) known[slot] = closestYear(reference, day, month);
    return known[slot];
  };
  return (text, sentence, tokens, published, dateWords) => readTokenDates(text, sentence, tokens, published, isZone, yearNearest, dateWords);
}
