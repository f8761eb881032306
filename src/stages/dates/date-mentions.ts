import type { Sentence } from '../../core/document.js';
import type { DateMention } from '../../core/dates.js';
import { createSpan } from '../../core/span.js';
import type { TokenTable } from '../../core/tokens.js';
import type { WordFacts } from '../../core/word-facts.js';
import { formatDay, type CalendarDay } from './calendar-day.js';
import { mayHoldDate } from './date-cues.js';
import type { DateParser } from './date-parser.js';
import type { TokenDateReader } from './token-date-reader.js';
import { TextCues } from './text-cues.js';
import { yearMentions } from './year-mentions.js';
import { dateWordsOf } from './date-words.js';

/** How many years before publication a year must lie to be history ("the 1979 crisis" in 2007). */
export const HISTORICAL_YEARS = 3;

/**
 * The date expressions of a document's non-boilerplate sentences, in text order: in sentences
 * that may hold a date, what the token date reader finds (`reader`, when given) or, for the
 * sentences it does not cover, the date parser; plus years and decades written as bare numbers. A year or decade ending at least `HISTORICAL_YEARS` before publication is historical.
 * With `dateWordFacts` (kept by the caller from document to document), tokens are sorted out by
 * their words' date bits (`dateWordsOf`) before any text is read.
 *
 * @example
 * findDateMentions(text, sentences, tokens, parser, { year: 2007, month: 5, day: 28 })
 * // "...since the 1979 hostage crisis" -> { value: '1979-01-01', precision: 'year', historical: true, ... }
 */
export function findDateMentions(
  text: string, sentences: readonly Sentence[], tokens: TokenTable, parser: DateParser, published: CalendarDay | null,
  reader?: TokenDateReader, dateWordFacts?: WordFacts,
): DateMention[] {
  const mentions: DateMention[] = [];
  const dateWords = dateWordFacts === undefined ? undefined : dateWordsOf(tokens, dateWordFacts);
  const cues = new TextCues(text);
  const isHistory = (lastYear: number | null) => published !== null && lastYear !== null && lastYear <= published.year - HISTORICAL_YEARS;
  for (const s of sentences) {
    if (s.boilerplate) continue;
    const inSentence: DateMention[] = [];
    const sentenceText = cues.mayHoldDate(s.span) ? text.slice(s.span[0], s.span[1]) : '';
    if (sentenceText !== '' && mayHoldDate(sentenceText)) {
      // The token reader covers what news mostly writes; the rest goes to the parser.
      for (const d of reader?.(text, s, tokens, published, dateWords) ?? parser(sentenceText, published)) {
        inSentence.push(Object.freeze({
          kind: 'date', sentence: s.index, span: trimmedSpan(text, s.span[0] + d.start, s.span[0] + d.end),
          value: d.value, precision: d.precision, basis: d.basis, historical: d.basis === 'explicit' && isHistory(d.year),
        }));
      }
    }
    for (const y of yearMentions(tokens, s.firstToken, s.endToken, dateWords)) {
      const span = createSpan(tokens.start[y.first], tokens.end[y.end - 1]);
      if (inSentence.some((m) => m.span[0] < span[1] && span[0] < m.span[1])) continue;
      inSentence.push(Object.freeze({
        kind: 'date', sentence: s.index, span, value: formatDay({ year: y.year, month: 1, day: 1 }),
        precision: 'year', basis: 'explicit', historical: isHistory(y.lastYear),
      }));
    }
    if (inSentence.length === 0) continue;
    inSentence.sort((a, b) => a.span[0] - b.span[0]);
    mentions.push(...inSentence);
  }
  return mentions;
}

/** The span without the spaces a reading may take in at either end ("January 22 " is "January 22"). */
function trimmedSpan(text: string, start: number, end: number): ReturnType<typeof createSpan> {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return createSpan(start, end);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}
