import type { PlaceKind } from '../../core/place.js';

/** A place a geocoder knows: where it is and what kind of place it is. */
export interface GeoPlace {
  readonly name: string;
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly geonamesId: number | null;
  readonly placeKind: PlaceKind;
  readonly population: number;
}

/** What the text around a name says, to choose between places of the same name. */
export interface GeocoderContext {
  /** Alpha-3 codes of countries the article is about; their places are preferred. */
  readonly countries?: readonly string[];
  /**
   * True when a locative preposition introduces the name ("in Reading"). Cities whose name is an
   * ordinary word or a person's name are found only then.
   */
  readonly locative?: boolean;
}

/**
 * Turns a place name into a place. Implementations: `createOfflineGeocoder()` (countries, GeoNames
 * cities, the aliases table) and `createTableGeocoder(places)` (a fixed list, for tests and small
 * gazetteers). All pass the contract suite in `geocoder.contract.test.ts`.
 *
 * @example
 * geocoder.lookup('Paris')                          // { name: 'Paris', country: 'FRA', ... }
 * geocoder.lookup('Georgia', { countries: ['USA'] }) // the US state
 */
export interface Geocoder {
  lookup(name: string, context?: GeocoderContext): GeoPlace | null;
  /** True when `lookup(phrase, context)` would find a place. */
  isKnown(phrase: string, context?: GeocoderContext): boolean;
  /**
   * False when no name the geocoder knows has the leading run `run` (see `leadingRun` in
   * place-key.ts): a scan can then skip every phrase starting with that word. True may be wrong
   * (the answer comes from a compact table); false never is. Optional: without it, every phrase is
   * looked up.
   */
  mayStartName?(run: string): boolean;
  /**
   * A bound on the words (separated by spaces in the name key) of any name with the leading run
   * `run`: at least the most such a name has, 0 only when there is none. A scan need not look up
   * longer phrases starting with that word. Optional: without it, every phrase length is tried.
   *
   * @example
   * geocoder.longestNameWords?.('new') // 4 ("new york city ..." and the like)
   */
  longestNameWords?(run: string): number;
  /**
   * False when `lookup(text.slice(start, end))` finds nothing whatever the context, because no
   * name has the phrase's key; true when it may find something. Lets a scan skip a phrase without
   * cutting it out of the text. Optional: without it, every phrase is looked up.
   *
   * @example
   * geocoder.mayKnowPhrase?.('President Bush said', 0, 14) // false
   */
  mayKnowPhrase?(text: string, start: number, end: number): boolean;
}
