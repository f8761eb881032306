export { createDatesStage } from './dates-stage.js';
export { createDateParser, type DateParser, type ParsedDate } from './date-parser.js';
export { findDateMentions, HISTORICAL_YEARS } from './date-mentions.js';
export { publicationDate } from './publication-date.js';
export { dateEvents } from './event-dates.js';
export { mostRecentWeekday, parseDay, formatDay, type CalendarDay } from './calendar-day.js';
export { createTokenDateReader, type TokenDateReader } from './token-date-reader.js';
