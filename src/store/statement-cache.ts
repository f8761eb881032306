import type Database from 'better-sqlite3';

/** Prepared statements by their SQL text, the least recently used dropped past a bound. */
export interface StatementCache {
  get(sql: string): Database.Statement;
}

/**
 * A statement cache for queries whose SQL depends on the filter (one text per combination of
 * filters given): preparing costs tens of microseconds, as much as a small indexed query.
 *
 * @example
 * const statements = createStatementCache(store.db);
 * statements.get(`SELECT count(*) FROM events e WHERE ${where}`).get(...params)
 */
export function createStatementCache(db: Database.Database, max = 256): StatementCache {
  const cache = new Map<string, Database.Statement>();
  return {
    get(sql) {
      let stmt = cache.get(sql);
      if (stmt !== undefined) {
        cache.delete(sql);
      } else {
        stmt = db.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}
