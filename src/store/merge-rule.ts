import type { EventRecord } from '../core/event-record.js';
import type { Modality } from '../core/event.js';

/**
 * When two event mentions report the same happening, and so become one stored event with two
 * mentions (GDELT's NumMentions / NumArticles / NumSources). All of these must hold:
 *
 * 1. the same source and the same target actor code ("USAGOV" and "USAGOV"; none and none);
 * 2. the same CAMEO code family: the first three digits ("0874" joins "087", "111" never joins "112");
 * 3. the same kind of claim: asserted, reported and alleged mentions join one another; negated,
 *    future, hypothetical and historical mentions each only join their own kind;
 * 4. compatible dates: both dated to the day and at most {@link MERGE_WINDOW_DAYS} apart; a mention
 *    without a day joins only events of its own article (a story repeating itself);
 * 5. compatible places: either unknown, or the same country and, when both are geocoded places,
 *    at most {@link MERGE_RADIUS_KM} apart.
 *
 * Among several candidates the one closest in date, then the oldest, wins.
 */
export const MERGE_WINDOW_DAYS = 1;
export const MERGE_RADIUS_KM = 100;

/** What the merge rule reads of a mention or of a stored event. */
export interface Happening {
  readonly sourceCode: string;
  readonly targetCode: string;
  readonly family: string;
  readonly claim: string;
  /** Days since 1970-01-01 for a day-precision date, else null. */
  readonly day: number | null;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geocoded: boolean;
}

/**
 * The merge rule's view of an event record.
 *
 * @example
 * happeningOf(record).family // '087' for cameo '0874'
 */
export function happeningOf(r: EventRecord): Happening {
  const loc = r.location;
  return {
    sourceCode: r.source?.code ?? '',
    targetCode: r.target?.code ?? '',
    family: r.cameo.slice(0, 3),
    claim: claimOf(r.modality),
    day: r.date.value !== null && r.date.precision === 'day' ? dayNumber(r.date.value) : null,
    country: loc?.country ?? null,
    lat: loc?.lat ?? null,
    lon: loc?.lon ?? null,
    geocoded: loc !== null && loc.geonames_id !== null,
  };
}

/** The merge class of a modality: factual claims merge with one another, the rest by kind. */
export function claimOf(m: Modality): string {
  return m === 'asserted' || m === 'reported' || m === 'alleged' ? 'factual' : m;
}

/**
 * True when `mention` may join `event` (rules 1-5 above); `sameArticle` says whether the event
 * already has a mention from the mention's own article.
 */
export function mayMerge(mention: Happening, event: Happening, sameArticle: boolean): boolean {
  if (mention.sourceCode !== event.sourceCode || mention.targetCode !== event.targetCode) return false;
  if (mention.family !== event.family || mention.claim !== event.claim) return false;
  if (mention.day === null || event.day === null) {
    if (!sameArticle) return false;
  } else if (Math.abs(mention.day - event.day) > MERGE_WINDOW_DAYS) return false;
  return placesCompatible(mention, event);
}

/** Rule 5: unknown places fit anything; known ones need the same country and, when both are geocoded, proximity. */
export function placesCompatible(a: Happening, b: Happening): boolean {
  if (a.country === null || b.country === null) return true;
  if (a.country !== b.country) return false;
  if (!a.geocoded || !b.geocoded || a.lat === null || a.lon === null || b.lat === null || b.lon === null) return true;
  return distanceKm(a.lat, a.lon, b.lat, b.lon) <= MERGE_RADIUS_KM;
}

/** Great-circle distance (haversine, mean Earth radius). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}
