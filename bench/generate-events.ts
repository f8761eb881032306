import type { EventRecord } from '../src/core/event-record.js';
import { loadOntology } from '../src/ontology/load-ontology.js';
import { dayNumber } from '../src/store/merge-rule.js';
import type { Store } from '../src/store/open-store.js';
import { deferRollups } from '../src/store/rollup-deferral.js';

/**
 * Fills a store with `count` synthetic events: 60 countries with role blocks, dyads skewed toward a
 * few busy pairs, days over 2015-2024, codes drawn from the ontology, places around a few capitals.
 * Deterministic (a fixed-seed generator). The events go straight into the tables; the store's
 * triggers (schema 3) fill the timeline rollups as they arrive, as they do for `parley ingest`.
 *
 * @example
 * generateEvents(openStore('big.db'), 1_000_000)
 */
export function generateEvents(store: Store, count: number): void {
  const ontology = loadOntology();
  const codes = [...ontology.codes.values()].filter((c) => c.code.length >= 3);
  const countries = ['USA', 'IRN', 'IRQ', 'RUS', 'UKR', 'CHN', 'SYR', 'ISR', 'PSE', 'TUR', 'SAU', 'YEM', 'EGY', 'LBY', 'AFG', 'PAK', 'IND', 'NGA', 'SOM', 'KEN',
    'FRA', 'DEU', 'GBR', 'JPN', 'KOR', 'PRK', 'VEN', 'COL', 'MEX', 'BRA', 'SDN', 'SSD', 'ETH', 'MLI', 'LBN', 'JOR', 'QAT', 'ARE', 'POL', 'BLR',
    'GEO', 'ARM', 'AZE', 'MMR', 'THA', 'PHL', 'IDN', 'BGD', 'LKA', 'NPL', 'CUB', 'HTI', 'COD', 'CAF', 'BDI', 'RWA', 'UGA', 'TCD', 'NER', 'CMR'];
  const roles = ['GOV', 'GOV', 'MIL', '', 'OPP', 'CVL', 'REB', 'COP', 'JUD', 'LEG'];
  const places: [string, string, number, number][] = [['Baghdad', 'IRQ', 33.34, 44.4], ['Kyiv', 'UKR', 50.45, 30.52], ['Damascus', 'SYR', 33.51, 36.29],
    ['Kabul', 'AFG', 34.53, 69.17], ['Sanaa', 'YEM', 15.35, 44.21], ['Tehran', 'IRN', 35.69, 51.42], ['Washington', 'USA', 38.9, -77.04], ['Gaza', 'PSE', 31.5, 34.47]];
  let seed = 42;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
  const skewed = (k: number) => Math.floor(k * rand() ** 2.5);
  const first = dayNumber('2015-01-01');
  const span = dayNumber('2024-12-31') - first;
  const db = store.db;
  const articles = Math.max(1, Math.round(count / 10));
  const insertArticle = db.prepare("INSERT INTO articles (id, doc_id, url, content_hash, title, source, date, format, text, boilerplate, ingested_at) VALUES (?, ?, NULL, ?, NULL, ?, NULL, 'jsonl', ?, '[]', '2026-01-01T00:00:00Z')");
  const insertEvent = db.prepare(`INSERT INTO events (source_code, target_code, source_root, target_root, source_country, target_country, cameo, cameo_family, cameo_root, quad_class, goldstein,
      plover_type, modality, claim, day, date, country, lat, lon, geocoded, confidence, num_mentions, num_articles, num_sources, place, first_article)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'asserted', 'factual', ?, ?, ?, ?, ?, 1, ?, 1, 1, 1, ?, ?)`);
  const insertRecord = db.prepare('INSERT INTO event_records (event_id, record) VALUES (?, ?)');
  db.transaction(() => {
    for (let a = 1; a <= articles; a++) insertArticle.run(a, `gen-${a}`, `hash-${a}`, `Outlet ${a % 40}`, `Generated article ${a}.`);
  })();
  const batch = 50_000;
  for (let done = 0; done < count; done += batch) {
    db.transaction(() => {
      const settle = deferRollups(db);
      for (let i = done; i < Math.min(count, done + batch); i++) {
        const s = countries[skewed(countries.length)];
        let t = countries[skewed(countries.length)];
        if (t === s) t = countries[(countries.indexOf(s) + 1 + Math.floor(rand() * 5)) % countries.length];
        const sc = s + roles[Math.floor(rand() * roles.length)];
        const tc = t + roles[Math.floor(rand() * roles.length)];
        const code = codes[Math.floor(rand() * codes.length)];
        const day = first + Math.floor(rand() * span);
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const p = rand() < 0.7 ? places[Math.floor(rand() * places.length)] : null;
        const lat = p ? p[2] + (rand() - 0.5) : null;
        const lon = p ? p[3] + (rand() - 0.5) : null;
        const confidence = Math.round(rand() * 100) / 100;
        const plover = ontology.ploverOf(code.code);
        const rec: EventRecord = {
          id: `gen${i}`, doc_id: `gen-${1 + (i % articles)}`, sentence: i % 12,
          source: { code: sc, country: s, roles: sc.length > 3 ? [sc.slice(3)] : [], name: null, text: s, span: [0, 3] },
          target: { code: tc, country: t, roles: tc.length > 3 ? [tc.slice(3)] : [], name: null, text: t, span: [10, 13] },
          cameo: code.code, cameo_root: code.root, quad_class: code.quadClass, goldstein: code.goldstein, plover,
          date: { value: date, precision: 'day', basis: 'explicit' },
          location: p && { name: p[0], country: p[1], lat, lon, geonames_id: 1000 + places.indexOf(p) },
          modality: 'asserted', confidence, evidence: { text: `Generated sentence ${i} about ${s} and ${t}.`, span: [0, 40] },
        };
        insertEvent.run(sc, tc, s, t, s, t, code.code, code.code.slice(0, 3), code.root, code.quadClass, code.goldstein, plover?.type ?? null,
          day, date, p ? p[1] : null, lat, lon, confidence, p ? p[0] : null, 1 + (i % articles));
        insertRecord.run(i + 1, JSON.stringify(rec));
      }
      settle();
    })();
  }
  db.exec('ANALYZE');
}
