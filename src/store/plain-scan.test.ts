import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { plainScanWhereBetter } from './plain-scan.js';

describe('plainScanWhereBetter', () => {
  const store = openStore(':memory:');

  it('reads the table in storage order when the planner would walk a whole non-covering index', () => {
    const stmt = plainScanWhereBetter(store.db, 'SELECT e.cameo, count(*) FROM events e WHERE e.confidence >= ? GROUP BY 1', [0.5]);
    expect(stmt.source).toContain('FROM events e NOT INDEXED ');
    expect(stmt.all(0.5)).toEqual([]);
  });

  it.each([
    ['an indexed equality', "SELECT e.cameo, count(*) FROM events e WHERE e.cameo_root = ? GROUP BY 1", ['19']],
    ['a covering index', 'SELECT e.cameo_root, count(*) FROM events e WHERE 1 GROUP BY 1', []],
  ])('leaves the plan of a query with %s as it is', (_, sql, params) => {
    expect(plainScanWhereBetter(store.db, sql, params).source).toBe(sql);
  });
});
