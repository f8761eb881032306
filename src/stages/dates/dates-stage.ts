import { layer, withLayers } from '../../core/document.js';
import { createStage, type Stage } from '../../core/stage.js';
import { WordFacts } from '../../core/word-facts.js';
import { parseDay, type CalendarDay } from './calendar-day.js';
import { findDateMentions } from './date-mentions.js';
import { createDateParser } from './date-parser.js';
import { dateEvents } from './event-dates.js';
import { publicationDate } from './publication-date.js';
import { createTokenDateReader } from './token-date-reader.js';

/**
 * The dates stage: the publication date and every date expression (`dates`), and when each event
 * happened (`eventDates`, aligned with `events`). Relative dates resolve against the publication
 * date. Most sentences' dates are read from their tokens (`createTokenDateReader`); the others go
 * to the date parser, made once per stage and reused.
 *
 * @example
 * createDatesStage().run(doc).layers.eventDates // [{ value: '2007-05-28', precision: 'day', basis: 'relative', historical: false }]
 */
export function createDatesStage(): Stage {
  const parser = createDateParser();
  const reader = createTokenDateReader();
  // Each word's date bits (see dateWordsOf), by word id.
  const dateWordFacts = new WordFacts();
  // Documents of a corpus mostly share their publication day: the last one read is kept.
  let lastValue: string | null = null;
  let lastDay: CalendarDay | null = null;
  const dayOf = (value: string): CalendarDay | null => {
    if (value !== lastValue) {
      lastDay = parseDay(value);
      lastValue = value;
    }
    return lastDay;
  };
  return createStage({
    name: 'dates',
    requires: ['sentences', 'tokens', 'events'],
    provides: ['dates', 'eventDates'],
    run(doc) {
      const sentences = layer(doc, 'sentences');
      const published = publicationDate(doc, sentences, parser, dayOf);
      const day = published.value === null ? null : dayOf(published.value);
      const mentions = Object.freeze(findDateMentions(doc.text, sentences, layer(doc, 'tokens'), parser, day, reader, dateWordFacts));
      const eventDates = Object.freeze(dateEvents(layer(doc, 'events'), mentions, published.value));
      return withLayers(doc, { dates: Object.freeze({ published, mentions }), eventDates });
    },
  });
}
