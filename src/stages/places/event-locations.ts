import type { CodedEvent, EventLocation } from '../../core/event.js';
import type { PlaceMention } from '../../core/place.js';
import type { FoundPlaces } from './place-mentions.js';

/**
 * Where each event happened, aligned with `events`:
 * 1. a locative place in the event's own sentence, the nearest after the trigger, else the nearest
 *    before it (basis 'sentence');
 * 2. else the dateline's place; of several ("Washington/Baghdad"), the one whose country the article
 *    and the event's sentence and actors point at most (basis 'dateline');
 * 3. else the article's main place, the locative place mentioned most (basis 'article');
 * 4. else null.
 * A country found by 1 or 3 is refined to a city or landmark in it that the dateline or the article
 * names ("met in Iraq" in a Baghdad story is Baghdad), keeping the basis.
 *
 * @example
 * locateEvents(events, findPlaceMentions(...)) // [{ name: 'Baghdad', country: 'IRQ', basis: 'sentence', ... }]
 */
export function locateEvents(events: readonly CodedEvent[], places: FoundPlaces): (EventLocation | null)[] {
  if (places.mentions.length === 0 || events.length === 0) return events.map(() => null);
  const fromDateline = new Set(places.dateline);
  // Per sentence: its mentions, and those of them that are locative and not the dateline's.
  const bySentence = new Map<number, { all: PlaceMention[]; local: PlaceMention[] }>();
  for (const m of places.mentions) {
    let entry = bySentence.get(m.sentence);
    if (!entry) { entry = { all: [], local: [] }; bySentence.set(m.sentence, entry); }
    entry.all.push(m);
    if (m.locative && !fromDateline.has(m)) entry.local.push(m);
  }
  const main = mostMentioned(places.mentions.filter((m) => m.locative));
  const countryWeight = new Map<string, number>();
  for (const m of places.mentions) if (!fromDateline.has(m)) countryWeight.set(m.country, (countryWeight.get(m.country) ?? 0) + 1);
  // Events at the same place share one location (and one refinement of it).
  const located = new Map<PlaceMention, Partial<Record<EventLocation['basis'], EventLocation>>>();
  const locate = (m: PlaceMention, basis: EventLocation['basis']): EventLocation => {
    let byBasis = located.get(m);
    if (!byBasis) { byBasis = {}; located.set(m, byBasis); }
    let location = byBasis[basis];
    if (!location) {
      location = locationOf(basis === 'dateline' ? m : refine(m, places), basis);
      byBasis[basis] = location;
    }
    return location;
  };

  return events.map((event) => {
    const inSentence = bySentence.get(event.sentence);
    const local = inSentence ? nearestLocative(inSentence.local, event.trigger) : null;
    if (local) return locate(local, 'sentence');
    if (places.dateline.length > 0) return locate(chooseDateline(places.dateline, event, inSentence?.all ?? [], countryWeight), 'dateline');
    return main ? locate(main, 'article') : null;
  });
}

function nearestLocative(mentions: readonly PlaceMention[], trigger: readonly [number, number]): PlaceMention | null {
  let after: PlaceMention | null = null;
  let before: PlaceMention | null = null;
  for (const m of mentions) {
    if (m.tokens[0] >= trigger[1]) { if (!after || m.tokens[0] < after.tokens[0]) after = m; }
    else if (!before || m.tokens[0] > before.tokens[0]) before = m;
  }
  return after ?? before;
}

function chooseDateline(
  dateline: readonly PlaceMention[], event: CodedEvent, inSentence: readonly PlaceMention[], countryWeight: ReadonlyMap<string, number>,
): PlaceMention {
  const score = (m: PlaceMention) =>
    (countryWeight.get(m.country) ?? 0)
    + (inSentence.some((s) => s.country === m.country) ? 2 : 0)
    + (event.target?.country === m.country ? 1 : 0)
    + (event.source?.country === m.country ? 0.5 : 0);
  // On a tie the later name wins: "WASHINGTON/BAGHDAD" stories are usually about the second.
  return dateline.reduce((best, m) => (score(m) >= score(best) ? m : best));
}

/** A country refined to the dateline's, else the article's most-named, city or landmark in it. */
function refine(place: PlaceMention, places: FoundPlaces): PlaceMention {
  if (place.placeKind !== 'country') return place;
  const specific = (m: PlaceMention) => m.country === place.country && (m.placeKind === 'city' || m.placeKind === 'landmark');
  return places.dateline.find(specific) ?? mostMentioned(places.mentions.filter(specific)) ?? place;
}

function mostMentioned(mentions: readonly PlaceMention[]): PlaceMention | null {
  // Counted by country, then name: no "country|name" key string is built per mention.
  const counts = new Map<string, Map<string, { first: PlaceMention; count: number }>>();
  let best: { first: PlaceMention; count: number } | null = null;
  for (const m of mentions) {
    let byName = counts.get(m.country);
    if (!byName) { byName = new Map(); counts.set(m.country, byName); }
    let entry = byName.get(m.name);
    if (!entry) { entry = { first: m, count: 0 }; byName.set(m.name, entry); }
    entry.count++;
    if (!best || entry.count > best.count) best = entry;
  }
  return best?.first ?? null;
}

function locationOf(m: PlaceMention, basis: EventLocation['basis']): EventLocation {
  return Object.freeze({ name: m.name, country: m.country, lat: m.lat, lon: m.lon, geonamesId: m.geonamesId, basis });
}
