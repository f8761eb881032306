/** Month and weekday names as written in news (capitalised), for the cheap pre-check. */
const CALENDAR_NAMES = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const RELATIVE_WORDS = /\b(?:yesterday|today|tonight|tomorrow|ago|week|weekend|month|year)s?\b/i;
const DIGIT = /\d/;
// Numbers that look like dates: "5/3", "2007-05-03", "3.5.2007". Bare years are read from the tokens instead.
const NUMERIC_DATE = /\d[/.-]\d/;
/**
 * True when a sentence might hold a date for the date parser: a month or weekday name, a relative
 * word ("yesterday", "last week"), or a numeric date ("5/3"); bare years are found from the tokens. The date parser is slow next to the rest of the pipeline, so only
 * such sentences are handed to it.
 *
 * @example
 * mayHoldDate('Talks resumed on Monday.') // true
 * mayHoldDate('Talks resumed.')           // false
 */
export function mayHoldDate(sentence) {
    return CALENDAR_NAMES.test(sentence) || RELATIVE_WORDS.test(sentence) || NUMERIC_DATE.test(sentence);
}
const SHIFT_WORDS = /\b(?:ago|yesterday|today|tonight|tomorrow|last|next|this|past|coming|earlier|later|previous|recent)\b/i;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$|,)/i;
/**
 * How a date expression is anchored: 'relative' to the publication date ("yesterday", "last
 * week", "Monday"), or 'explicit' ("May 3, 2007", "on 3 May", "in March 2006").
 *
 * @example
 * dateBasisOf('on 3 May') // 'explicit'
 * dateBasisOf('last month') // 'relative'
 */
export function dateBasisOf(expression) {
    if (SHIFT_WORDS.test(expression))
        return 'relative';
    return MONTH_NAME.test(expression) || DIGIT.test(expression) ? 'explicit' : 'relative';
}
/** True when a weekday expression carries its own shift ("last Monday", "next Tuesday"). */
export function hasShiftWord(expression) {
    return SHIFT_WORDS.test(expression);
}
