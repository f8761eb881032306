import { casual } from 'chrono-node';
import type { TokenTable } from '../../core/tokens.js';
import type { CalendarDay } from './calendar-day.js';
import type { ParsedDate } from './date-parser.js';
import { readTokenDates, type TokenSentence } from './token-dates.js';

/** Reads one sentence's dates from its tokens, or null when the date parser must read it. */
export type TokenDateReader = (text: string, sentence: TokenSentence, tokens: TokenTable, published: CalendarDay | null) => ParsedDate[] | null;

const PROBE_REFERENCE = new Date(Date.UTC(2007, 4, 28, 12));

/**
 * A token date reader (`readTokenDates`) for one stage. It remembers which capitalised
 * abbreviations the date parser takes for a time zone ("Monday EST" is one expression, "Monday
 * UN" is not), asking the parser once per abbreviation.
 *
 * @example
 * const read = createTokenDateReader();
 * read(doc.text, sentence, tokens, { year: 2007, month: 5, day: 28 }) // [{ start: 15, end: 24, ... }] or null
 */
export function createTokenDateReader(): TokenDateReader {
  const zones = new Map<string, boolean>();
  const isZone = (abbreviation: string): boolean => {
    let known = zones.get(abbreviation);
    if (known === undefined) {
      known = casual.parse(`Monday ${abbreviation}`, PROBE_REFERENCE).some((r) => r.text !== 'Monday');
      zones.set(abbreviation, known);
    }
    return known;
  };
  return (text, sentence, tokens, published) => readTokenDates(text, sentence, tokens, published, isZone);
}
