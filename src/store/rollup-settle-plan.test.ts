import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGGREGATE_SETTLE_SQL } from './aggregate-rollups.js';
import { openStore } from './open-store.js';
import { TIMELINE_SETTLE } from './timeline-rollups.js';

// A batch's settle must read the batch's events only: SQLite walked a whole index of `events`
// (every event of the store) to group without sorting, a million entries a statement on a big store.
describe("a write's settle reads only its own events", () => {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'parley-settle-')), 'a.db'));
  store.db.exec(TIMELINE_SETTLE[0].sql);
  const takingSince = [...TIMELINE_SETTLE.filter((s) => s.since).map((s) => s.sql), ...AGGREGATE_SETTLE_SQL];
  it.each(takingSince.map((sql, i) => [i, sql]))('settle statement %i reads events by id range', (_, sql) => {
    const plan = (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(0) as { detail: string }[]).map((r) => r.detail);
    const reads = plan.filter((d) => /^(SCAN|SEARCH) (events|e)\b/.test(d));
    expect(reads.length).toBeGreaterThan(0);
    for (const d of reads) expect(d).toMatch(/USING INTEGER PRIMARY KEY \(rowid>\?\)/);
  });
});

describe("a write's settle groups the batch's events for the timeline rollups once", () => {
  it('reads events in one statement, the one that fills the temporary batch table; the others read that table', () => {
    const readsEvents = TIMELINE_SETTLE.filter((s) => /FROM events\b/.test(s.sql));
    expect(readsEvents.filter((s) => /INTO temp\.timeline_batch/.test(s.sql))).toHaveLength(1);
    expect(TIMELINE_SETTLE.filter((s) => /temp\.timeline_batch/.test(s.sql) && !/FROM events\b/.test(s.sql)).length).toBeGreaterThanOrEqual(7);
  });
});
