export { createPlacesStage } from './places-stage.js';
export { createOfflineGeocoder } from './offline-geocoder.js';
export { createTableGeocoder } from './table-geocoder.js';
export { placeKey } from './place-key.js';
export { findPlaceMentions } from './place-mentions.js';
export { locateEvents } from './event-locations.js';
export { readDateline } from './dateline.js';
