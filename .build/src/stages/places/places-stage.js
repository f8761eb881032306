import { layer, withLayers } from '../../core/document.js';
import { createStage } from '../../core/stage.js';
import { locateEvents } from './event-locations.js';
import { findPlaceMentions } from './place-mentions.js';
/**
 * The places stage: finds the places a document names (`places`) and where each event happened
 * (`eventLocations`, aligned with `events`). The geocoder is built once by the caller and shared.
 *
 * @example
 * const places = createPlacesStage(createOfflineGeocoder());
 * places.run(doc).layers.eventLocations // [{ name: 'Baghdad', country: 'IRQ', basis: 'sentence', ... }]
 */
export function createPlacesStage(geocoder) {
    return createStage({
        name: 'places',
        requires: ['sentences', 'tokens', 'events'],
        provides: ['places', 'eventLocations'],
        run(doc) {
            const events = layer(doc, 'events');
            const actorCountries = new Set();
            for (const e of events) {
                if (e.source?.country)
                    actorCountries.add(e.source.country);
                if (e.target?.country)
                    actorCountries.add(e.target.country);
            }
            const found = findPlaceMentions(doc.text, layer(doc, 'sentences'), layer(doc, 'tokens'), geocoder, [...actorCountries]);
            return withLayers(doc, { places: found.mentions, eventLocations: Object.freeze(locateEvents(events, found)) });
        },
    });
}
