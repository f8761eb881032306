import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('parley eval', () => {
  it('scores the coder per suite from gold JSONL records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-eval-'));
    const gold = join(dir, 'gold.jsonl');
    writeFileSync(gold, [
      { id: 'g1', source_suite: 'team_dyads', date: '2010-01-01', text: 'Germany invaded Poland.', expected: [{ source: 'DEU', target: 'POL', code: '192' }], expect_none: false },
      { id: 'g2', source_suite: 'team_dyads', date: '2010-01-01', text: 'Kenya accused Somalia of harbouring gunmen.', expected: [{ source: 'KEN', target: 'SOM', code: '112' }], expect_none: false },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const { code, stdout } = await runCli(['eval', gold]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/team_dyads/);
    const report = JSON.parse((await runCli(['eval', '--json', gold])).stdout) as { suites: { score: { recall: number } }[] };
    expect(report.suites[0].score.recall).toBe(1);
  });

  it('lists misses with their sentences under --errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-eval-'));
    const gold = join(dir, 'gold.jsonl');
    writeFileSync(gold, JSON.stringify({ id: 'x1', source_suite: 'team_dyads', date: null, text: 'The weather was mild in Oslo.', expected: [{ source: 'NOR', target: 'SWE', code: '042' }], expect_none: false }));
    const { stdout } = await runCli(['eval', '--errors', gold]);
    expect(stdout).toMatch(/The weather was mild in Oslo\./);
  });
});

describe('parley demo', () => {
  it('ingests the demo corpus into a store, prints what is in it, and adds nothing on a second run', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'parley-demo-')), 'demo.db');
    const first = await runCli(['demo', '--db', db, '--no-serve']);
    expect(first.code).toBe(0);
    const stored = Number(/this run: (\d+) articles coded and stored/.exec(first.stdout)?.[1]);
    expect(stored).toBeGreaterThanOrEqual(60);
    expect(first.stdout).toMatch(/Events by CAMEO root:/);
    expect(Number(/(\d+) events are reported by more than one article/.exec(first.stdout)?.[1])).toBeGreaterThan(5);
    const second = await runCli(['demo', '--db', db, '--no-serve']);
    expect(second.stdout).toMatch(new RegExp(`this run: 0 articles coded and stored, ${stored} already in the store`));
  }, 120_000);
});
