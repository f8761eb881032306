import { layer, withLayers } from '../../core/document.js';
import { createStage, type Stage } from '../../core/stage.js';
import { WordFacts } from '../../core/word-facts.js';
import { locateEvents } from './event-locations.js';
import type { Geocoder } from './geocoder.js';
import { findPlaceMentions } from './place-mentions.js';

/**
 * The places stage: finds the places a document names (`places`) and where each event happened
 * (`eventLocations`, aligned with `events`). The geocoder is built once by the caller and shared.
 *
 * @example
 * const places = createPlacesStage(createOfflineGeocoder());
 * places.run(doc).layers.eventLocations // [{ name: 'Baghdad', country: 'IRQ', basis: 'sentence', ... }]
 */
export function createPlacesStage(geocoder: Geocoder): Stage {
  // What each word says about a place name starting at it, for this geocoder (by word id).
  const nameStarts = new WordFacts();
  return createStage({
    name: 'places',
    requires: ['sentences', 'tokens', 'events'],
    provides: ['places', 'eventLocations'],
    run(doc) {
      const events = layer(doc, 'events');
      const actorCountries = new Set<string>();
      for (const e of events) {
        if (e.source?.country) actorCountries.add(e.source.country);
        if (e.target?.country) actorCountries.add(e.target.country);
      }
      const found = findPlaceMentions(doc.text, layer(doc, 'sentences'), layer(doc, 'tokens'), geocoder, [...actorCountries], nameStarts);
      return withLayers(doc, { places: found.mentions, eventLocations: Object.freeze(locateEvents(events, found)) });
    },
  });
}
