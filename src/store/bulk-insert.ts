import type Database from 'better-sqlite3';

/** Inserts many rows into one table with few statements. */
export interface BulkInsert {
  run(rows: readonly (readonly unknown[])[]): void;
}

/**
 * Inserts rows `chunk` at a time with one multi-row statement (each statement call crosses from
 * JavaScript into SQLite once, so a row costs a fraction of a single-row insert), the rest one by one.
 *
 * @example
 * createBulkInsert(db, 'sentences', ['article_id', 'idx', 'start', 'end', 'boilerplate']).run(rows)
 */
export function createBulkInsert(db: Database.Database, table: string, columns: readonly string[], chunk = 16): BulkInsert {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  const many = db.prepare(head + Array.from({ length: chunk }, () => tuple).join(', '));
  const one = db.prepare(head + tuple);
  const width = columns.length;
  const values: unknown[] = new Array(chunk * width);
  return {
    run(rows) {
      let i = 0;
      for (; i + chunk <= rows.length; i += chunk) {
        for (let r = 0; r < chunk; r++) {
          const row = rows[i + r];
          for (let c = 0; c < width; c++) values[r * width + c] = row[c];
        }
        many.run(values);
      }
      for (; i < rows.length; i++) one.run(rows[i] as unknown[]);
    },
  };
}
