import type { Parser } from 'chrono-node';

const DIGIT = /\d/;
// Months and weekdays as chrono-node's dictionaries spell them (abbreviations included, any case).
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const WEEKDAY = /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i;

/**
 * For each chrono-node parser (by class name), a text test that must pass for the parser's pattern
 * to match anywhere in a text: a literal its pattern cannot match without. Failing it, the parser
 * would find nothing, so skipping it changes no result; most sentences fail most tests. Parsers
 * not named here always run.
 */
export const PARSER_CUES: Readonly<Record<string, RegExp>> = Object.freeze({
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENSlashMonthFormatParser: DIGIT,
  ENYearMonthDayParser: DIGIT,
  ENYearMonthNameParser: DIGIT,
  ENTimeExpressionParser: DIGIT,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENWeekdayParser: WEEKDAY,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|noon|midday/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENRelativeDateFormatParser: /this|last|past|next/i,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|\+|-/i,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
});

// Anchored at the start and impossible: fails at once, so the parser finds nothing.
const NEVER = /^(?!)/;

/**
 * The parser, skipping its pattern when the text lacks the parser's cue (see `PARSER_CUES`).
 *
 * @example
 * chrono.parsers = chrono.parsers.map(cuedParser)
 */
export function cuedParser(parser: Parser): Parser {
  const cue = PARSER_CUES[parser.constructor.name];
  if (!cue) return parser;
  return {
    pattern: (context) => (cue.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}
