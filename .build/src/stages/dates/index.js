export { createDatesStage } from './dates-stage.js';
export { createDateParser } from './date-parser.js';
export { findDateMentions, HISTORICAL_YEARS } from './date-mentions.js';
export { publicationDate } from './publication-date.js';
export { dateEvents } from './event-dates.js';
export { mostRecentWeekday, parseDay, formatDay } from './calendar-day.js';
