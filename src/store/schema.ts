/**
 * The store's schema as numbered migrations. A store records its version in SQLite's
 * `user_version`; opening a store applies, in one transaction each, every migration above it.
 * Never edit a migration that has shipped: add the next one.
 */
import { AGGREGATE_ROLLUPS_SQL } from './aggregate-rollups.js';
import { ARTICLE_LAYERS_SQL } from './article-layers.js';
import { LEAN_INDEXES_SQL } from './lean-indexes.js';
import { INSERT_TRIGGERS_DROP_SQL } from './rollup-deferral.js';
import { FACET_DAYS_SQL, TIMELINE_FACETS_SQL } from './timeline-facets.js';
import { ROLLUP_DEFERRAL_SQL, TIMELINE_ROLLUPS_SQL } from './timeline-rollups.js';

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = Object.freeze([
  {
    version: 1,
    description: 'articles, sentences, actor mentions, events and their mentions; full-text index',
    sql: `
      CREATE TABLE articles (
        id           INTEGER PRIMARY KEY,
        doc_id       TEXT NOT NULL,
        url          TEXT UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        title        TEXT,
        source       TEXT,
        date         TEXT,
        format       TEXT NOT NULL,
        text         TEXT NOT NULL,
        boilerplate  TEXT NOT NULL,
        ingested_at  TEXT NOT NULL
      );
      CREATE INDEX articles_date ON articles(date);

      CREATE TABLE sentences (
        article_id  INTEGER NOT NULL REFERENCES articles(id),
        idx         INTEGER NOT NULL,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        boilerplate INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
      ) WITHOUT ROWID;

      CREATE TABLE actor_mentions (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        sentence   INTEGER NOT NULL,
        code       TEXT NOT NULL,
        country    TEXT,
        roles      TEXT NOT NULL,
        name       TEXT,
        text       TEXT NOT NULL,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL
      );
      CREATE INDEX actor_mentions_article ON actor_mentions(article_id);
      CREATE INDEX actor_mentions_code ON actor_mentions(code);

      CREATE TABLE events (
        id             INTEGER PRIMARY KEY,
        source_code    TEXT NOT NULL,
        target_code    TEXT NOT NULL,
        source_root    TEXT NOT NULL,
        target_root    TEXT NOT NULL,
        source_country TEXT,
        target_country TEXT,
        cameo          TEXT NOT NULL,
        cameo_family   TEXT NOT NULL,
        cameo_root     TEXT NOT NULL,
        quad_class     INTEGER NOT NULL,
        goldstein      REAL NOT NULL,
        plover_type    TEXT,
        modality       TEXT NOT NULL,
        claim          TEXT NOT NULL,
        day            INTEGER,
        date           TEXT,
        country        TEXT,
        lat            REAL,
        lon            REAL,
        geocoded       INTEGER NOT NULL,
        confidence     REAL NOT NULL,
        num_mentions   INTEGER NOT NULL,
        num_articles   INTEGER NOT NULL,
        num_sources    INTEGER NOT NULL,
        place          TEXT,
        first_article  INTEGER NOT NULL REFERENCES articles(id)
      );
      CREATE INDEX events_dyad ON events(source_code, target_code, cameo_family, day);
      CREATE INDEX events_dyad_timeline ON events(source_root, target_root, day, goldstein, num_mentions);
      CREATE INDEX events_target_timeline ON events(target_root, day, goldstein, num_mentions);
      CREATE INDEX events_day ON events(day);
      CREATE INDEX events_root ON events(cameo_root, day);
      CREATE INDEX events_cameo ON events(cameo, day, source_code, target_code);
      CREATE INDEX events_plover ON events(plover_type, day);
      CREATE INDEX events_place ON events(country, lat, lon);

      -- The record of each event's first mention, kept apart so that event rows stay narrow for scans.
      CREATE TABLE event_records (
        event_id INTEGER PRIMARY KEY REFERENCES events(id),
        record   TEXT NOT NULL
      );

      CREATE TABLE mentions (
        id         INTEGER PRIMARY KEY,
        record_id  TEXT NOT NULL UNIQUE,
        event_id   INTEGER NOT NULL REFERENCES events(id),
        article_id INTEGER NOT NULL REFERENCES articles(id),
        sentence   INTEGER NOT NULL,
        confidence REAL NOT NULL,
        record     TEXT NOT NULL
      );
      CREATE INDEX mentions_event ON mentions(event_id);
      CREATE INDEX mentions_article ON mentions(article_id);

      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
    `,
  },
  {
    version: 2,
    description: 'span layers for the article reader (event words, places, dates); quad class in the timeline indexes',
    sql: `
      -- What the reader highlights besides actors and boilerplate: the words that triggered each
      -- event (label: its CAMEO code), places (label: name) and date expressions (label: the date).
      CREATE TABLE article_spans (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        kind       TEXT NOT NULL CHECK (kind IN ('trigger', 'place', 'date')),
        sentence   INTEGER NOT NULL,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        label      TEXT
      );
      CREATE INDEX article_spans_article ON article_spans(article_id);

      -- Timelines count events per quad class: with the class in the index, they never read the table.
      DROP INDEX events_dyad_timeline;
      DROP INDEX events_target_timeline;
      CREATE INDEX events_dyad_timeline ON events(source_root, target_root, day, quad_class, goldstein, num_mentions);
      CREATE INDEX events_target_timeline ON events(target_root, day, quad_class, goldstein, num_mentions);
    `,
  },
  {
    version: 3,
    description: 'timeline rollups per day and month (whole store, actor root, dyad of roots), kept exact by triggers; id-ordered page indexes',
    sql: `${TIMELINE_ROLLUPS_SQL}
      -- Event pages come in id order: with equalities on the first columns these yield ids in
      -- order, and the day, so that a date window is tested without reading the row.
      CREATE INDEX events_source_pages ON events(source_root, id, day);
      CREATE INDEX events_target_pages ON events(target_root, id, day);
      CREATE INDEX events_dyad_pages ON events(source_root, target_root, id, day);
      CREATE INDEX events_family_pages ON events(cameo_family, id, day);
      CREATE INDEX events_root_pages ON events(cameo_root, id, day);
    `,
  },
  {
    version: 4,
    description: 'timeline rollups a batch of writes may defer and settle at once (rollup_deferral)',
    sql: ROLLUP_DEFERRAL_SQL,
  },
  {
    version: 5,
    description: 'facet rollups (CAMEO root, PLOVER type, role, confidence tenth) for the whole store and per actor root; the dyad timeline index covers the faceted columns',
    sql: TIMELINE_FACETS_SQL,
  },
  {
    version: 6,
    description: 'aggregate rollups (actors, dyads of roots, places, CAMEO codes per quad class and month; code dyads), kept exact by triggers; indexes for the summary',
    sql: AGGREGATE_ROLLUPS_SQL,
  },
  {
    version: 7,
    description: "a new event's first mention keeps '' as its record, which is the event's (event_records): the JSON is stored once (mention-record.ts); stored rows stay valid",
    sql: 'SELECT 1;',
  },
  {
    version: 8,
    description: 'new events join the rollups only at their write\'s settle (deferRollups): the insert triggers go (each insert paid for entering them even when deferred)',
    sql: INSERT_TRIGGERS_DROP_SQL,
  },
  {
    version: 9,
    description: 'actor mentions lose their code index, which no query reads; the summary\'s index holds only events reported more than once (lean-indexes.ts)',
    sql: LEAN_INDEXES_SQL,
  },
  {
    version: 10,
    description: "an article's sentences, actor mentions and spans as one row of JSON tuples (article_layers), which only the article reader reads, by id: ~100 rows and their index entries an article become one (article-layers.ts)",
    sql: ARTICLE_LAYERS_SQL,
  },
  {
    version: 11,
    description: 'facet rollups keep day rows only: a monthly faceted timeline sums them, as a weekly one does (timeline-facets.ts)',
    sql: FACET_DAYS_SQL,
  },
]);

/** The schema version this build writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
