export { createPlacesStage } from './places-stage.js';
export type { Geocoder, GeocoderContext, GeoPlace } from './geocoder.js';
export { createOfflineGeocoder, type OfflineGeocoder, type OfflineGeocoderOptions } from './offline-geocoder.js';
export { createTableGeocoder, type NamedPlace } from './table-geocoder.js';
export { placeKey } from './place-key.js';
export { findPlaceMentions, type FoundPlaces } from './place-mentions.js';
export { locateEvents } from './event-locations.js';
export { readDateline, type Dateline, type DatelineName } from './dateline.js';
