import type { ParleyDocument, Sentence } from '../../core/document.js';
import type { DatesLayer } from '../../core/dates.js';
import { parseDay, type CalendarDay } from './calendar-day.js';
import type { DateParser } from './date-parser.js';

/** How far into the first line a dateline's date may start ("GAZA CITY, May 3, 2007 (AP) --"). */
const DATELINE_REACH = 80;

/**
 * The publication date: the document's own (`meta.date`, from the input record or `--date`,
 * source 'input'), else a full date in the dateline at the head of the first non-boilerplate
 * sentence ("May 28, 2007 --", source 'dateline'), else none. `dayOf` reads a date (`parseDay`, or
 * a memo of it).
 *
 * @example
 * publicationDate(doc, sentences, parser) // { value: '2007-05-28', source: 'input' }
 */
export function publicationDate(
  doc: ParleyDocument, sentences: readonly Sentence[], parser: DateParser, dayOf: (value: string) => CalendarDay | null = parseDay,
): DatesLayer['published'] {
  if (doc.meta.date !== null && dayOf(doc.meta.date)) return Object.freeze({ value: doc.meta.date, source: 'input' });
  const first = sentences.find((s) => !s.boilerplate);
  if (first) {
    const head = doc.text.slice(first.span[0], Math.min(first.span[1], first.span[0] + 160)).split('\n')[0];
    const date = parser(head, null).find((d) => d.start <= DATELINE_REACH && d.precision === 'day' && d.value !== null);
    if (date?.value) return Object.freeze({ value: date.value, source: 'dateline' });
  }
  return Object.freeze({ value: null, source: 'none' });
}
