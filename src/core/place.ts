import type { Span } from './span.js';

export type PlaceKind = 'city' | 'country' | 'landmark' | 'region';

/** A place named in the text, geocoded. */
export interface PlaceMention {
  readonly kind: 'place';
  readonly sentence: number;
  readonly tokens: readonly [number, number];
  readonly span: Span;
  readonly name: string;
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly geonamesId: number | null;
  readonly placeKind: PlaceKind;
  /** True when a locative preposition introduces it ("in Baghdad", "near Basra"). */
  readonly locative: boolean;
}
