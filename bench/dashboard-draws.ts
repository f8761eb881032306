/** The countries the server bench draws its actors and dyads from, busiest first (Zipf rank order). */
export const BENCH_COUNTRIES: readonly string[] = Object.freeze(['USA', 'IRN', 'IRQ', 'RUS', 'UKR', 'CHN', 'SYR', 'ISR', 'PSE', 'TUR', 'SAU', 'YEM', 'EGY', 'LBY', 'AFG', 'PAK', 'IND', 'NGA', 'SOM', 'KEN',
  'FRA', 'DEU', 'GBR', 'JPN', 'KOR', 'PRK', 'VEN', 'COL', 'MEX', 'BRA', 'SDN', 'SSD', 'ETH', 'MLI', 'LBN', 'JOR', 'QAT', 'ARE', 'POL', 'BLR']);

/** The random choices a dashboard user makes, all from one fixed-seed generator. */
export interface DashboardDraws {
  /** A uniform number in [0, 1). */
  rand(): number;
  /** A country, Zipf-wise over `BENCH_COUNTRIES` (exponent 1.1). */
  zipf(): string;
  /** One of `xs`, uniformly. */
  pick<T>(xs: readonly T[]): T;
  /** A date window of 7 to 7 + `maxDays` days inside 2015-2024, as `&from=…&to=…`. */
  window(maxDays: number): string;
  /** Who a request looks at: a dyad (50%), an actor (35%) or everyone (15%, the empty string). */
  who(): string;
  /** One extra filter: a CAMEO root, a quad class, a PLOVER type, a minimum confidence or a role. */
  extra(): string;
}

/**
 * The random draws of the server bench's dashboard requests, deterministic for a seed (a linear
 * congruential generator): the "dashboard mix" and the "dashboard users" parts draw from these.
 *
 * @example
 * const d = createDashboardDraws(7);
 * d.who() // "dyad=USA,IRN", "actor=RUS" or ""
 */
export function createDashboardDraws(seed: number): DashboardDraws {
  let s = seed;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
  const countries = BENCH_COUNTRIES;
  const weights = countries.map((_, k) => 1 / (k + 1) ** 1.1);
  const total = weights.reduce((a, b) => a + b, 0);
  const zipf = () => {
    let u = rand() * total;
    for (let k = 0; k < countries.length; k++) if ((u -= weights[k]) <= 0) return countries[k];
    return countries[0];
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const first = Date.UTC(2015, 0, 1) / 86_400_000;
  const last = Date.UTC(2024, 11, 31) / 86_400_000;
  const window = (maxDays: number): string => {
    const length = 7 + Math.floor(rand() * maxDays);
    const from = first + Math.floor(rand() * (last - first - length));
    return `&from=${iso(from)}&to=${iso(from + length)}`;
  };
  const who = (): string => {
    const r = rand();
    if (r < 0.5) {
      const a = zipf();
      let b = zipf();
      while (b === a) b = zipf();
      return `dyad=${a},${b}`;
    }
    return r < 0.85 ? `actor=${zipf()}` : '';
  };
  const extra = (): string => pick(['&root=' + pick(['01', '04', '05', '11', '14', '17', '18', '19', '20']), `&quad=${1 + Math.floor(rand() * 4)}`, '&plover=' + pick(['ASSAULT', 'CONSULT', 'ACCUSE', 'PROTEST', 'AID']), `&min_confidence=0.${5 + Math.floor(rand() * 4)}`, '&role=' + pick(['GOV', 'MIL', 'REB'])]);
  return { rand, zipf, pick, window, who, extra };
}
