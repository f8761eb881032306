/**
 * The SQL of schema migration 9: an index that no query reads goes, and the summary's index holds
 * only the events reported more than once. Every index costs each insert a B-tree insert at a
 * place of its own (and every index holding `num_mentions` each merged mention an update).
 * Which queries read what was found with EXPLAIN QUERY PLAN over every query shape of the store,
 * the CLI and the HTTP API (event pages and their plans, timelines, places, dyads, actors, codes,
 * summary, articles, export, 40 simulated dashboard users) on the generated million-event store:
 *
 * - `actor_mentions_code` (code): nothing reads actor mentions by code (the reader reads an
 *   article's by its id, `actor_mentions_article`).
 * - `events_reported` (num_articles, num_mentions): now a partial index of the events with more
 *   than one mention. Every other event has one article and one mention (an article adds at least
 *   one mention) and ranks after them, by id (store-summary.ts); a new event with one mention no
 *   longer touches the index.
 *
 * Every other index of `events` is read by some query shape, and the few that only the CLI's rarer
 * filters read (`events_plover`, `events_place`, `events_family_pages`) cannot go without those
 * queries reading the window's rows through the day index instead: a year of a PLOVER type's page
 * 59 ms -> 2.3 s, a three-digit code's daily timeline 0.2 -> 8 s on the million-event store.
 */
export const LEAN_INDEXES_SQL = `
    DROP INDEX IF EXISTS actor_mentions_code;
    DROP INDEX IF EXISTS events_reported;
    CREATE INDEX events_reported ON events(num_articles DESC, num_mentions DESC) WHERE num_mentions > 1;`;
