/** How many names the memo holds before it starts afresh. */
const REMEMBERED_NAMES = 20_000;

/**
 * `placeCountryOf` remembered per name: the stage asks it about the same few place names in
 * sentence after sentence ("in Baghdad", "police in Basra"), and the geocoder's answer for a name
 * never changes. Bounded; one per stage.
 *
 * @example
 * const countryOf = rememberPlaceCountries((name) => geocoder.lookup(name)?.country ?? null);
 * countryOf('Basra') // 'IRQ', the second time without asking the geocoder
 */
export function rememberPlaceCountries(placeCountryOf: (name: string) => string | null): (name: string) => string | null {
  const seen = new Map<string, string | null>();
  return (name) => {
    let country = seen.get(name);
    if (country === undefined) {
      if (seen.size >= REMEMBERED_NAMES) seen.clear();
      country = placeCountryOf(name);
      seen.set(name, country);
    }
    return country;
  };
}
