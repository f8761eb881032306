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
  it('codes the built-in sample articles and prints a summary', async () => {
    const { code, stdout } = await runCli(['demo']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/sample articles/);
    expect(stdout).toMatch(/By CAMEO root:/);
    expect(Number(/(\d+) events in \d+ articles/.exec(stdout)?.[1])).toBeGreaterThan(20);
  });
});
