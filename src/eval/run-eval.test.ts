import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/event-record.js';
import { formatEvalReport } from './format-eval-report.js';
import { evaluateFiles, evaluateRecords, type EventCoder } from './run-eval.js';
import { dyadGoldOf, eventOf, goldOf } from './test-fixtures.js';

const records = [
  dyadGoldOf('p1', [['CHLGOV', 'PER', '161']], { text: 'Chile recalled its envoy from Lima on Tuesday.', date: '2009-03-03' }),
  dyadGoldOf('p2', [['ARG', 'BRA', '042']], { text: 'The Argentine president flew to Brasilia for talks.' }),
  goldOf('m1', 'cameo_manual_examples', [{ code: '0233' }], { text: 'Kenya asked donors for food aid after the drought.' }),
  dyadGoldOf('p3', [], { text: 'Markets in Santiago closed higher.', expect_none: true }),
];

/** An invented coder: what each record id gets. */
const answers: Record<string, EventRecord[]> = {
  p1: [eventOf('CHLGOV', 'PERGOV', '161', { pattern: 'verbs/16.txt:3' })],
  p2: [eventOf('BRAGOV', 'ARGGOV', '042', { pattern: 'verbs/04.txt:9', text: 'The Argentine president flew to Brasilia' })],
  m1: [eventOf('KEN', null, '0233')],
  p3: [eventOf('CHL', 'PER', '010')],
};
const coder: EventCoder = ({ id }) => answers[id] ?? [];

describe('evaluateRecords', () => {
  it('codes every record with its id, text and date', () => {
    const seen: unknown[] = [];
    evaluateRecords(records.slice(0, 1), (record) => {
      seen.push(record);
      return [];
    });
    expect(seen).toEqual([{ id: 'p1', text: 'Chile recalled its envoy from Lima on Tuesday.', date: '2009-03-03' }]);
  });

  it('scores each suite by its method, suites in order of appearance', () => {
    const report = evaluateRecords(records, coder);
    expect(report.records).toBe(4);
    expect(report.suites.map((s) => [s.suite, s.method, s.records])).toEqual([
      ['petrarch2_gsr', 'dyadic-cameo', 3],
      ['cameo_manual_examples', 'code-recall', 1],
    ]);
    expect(report.suites[0].score).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(report.suites[1].score.recall).toBe(1);
  });

  it('keeps error listings only when asked', () => {
    expect(evaluateRecords(records, coder).suites[0].errors).toBeUndefined();
    expect(evaluateRecords(records, coder, { errors: true }).suites[0].errors?.map((r) => r.id)).toEqual(['p2', 'p3']);
  });

  it('scores one suite when asked', () => {
    const report = evaluateRecords(records, coder, { suite: 'cameo_manual_examples' });
    expect(report.suites.map((s) => s.suite)).toEqual(['cameo_manual_examples']);
    expect(report.records).toBe(1);
  });

  it('refuses a suite no record belongs to', () => {
    expect(() => evaluateRecords(records, coder, { suite: 'nope' })).toThrow(/no gold record of suite "nope"/);
  });

  it('gives a report that survives JSON', () => {
    const report = evaluateRecords(records, coder, { errors: true });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('evaluateFiles', () => {
  it('reads gold files and scores them together', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-eval-'));
    const paths = [join(dir, 'a.jsonl'), join(dir, 'b.jsonl')];
    writeFileSync(paths[0], records.slice(0, 2).map((r) => JSON.stringify(r)).join('\n'));
    writeFileSync(paths[1], records.slice(2).map((r) => JSON.stringify(r)).join('\n'));
    expect(evaluateFiles(paths, coder)).toEqual(evaluateRecords(records, coder));
  });
});

describe('formatEvalReport', () => {
  const report = evaluateRecords(records, coder, { errors: true });

  it('prints a table per suite with its headline figures and error causes', () => {
    const text = formatEvalReport(report);
    expect(text).toContain('4 gold records in 2 suites');
    expect(text).toMatch(/suite\s+method\s+records\s+gold\s+predicted\s+TP\s+P\s+R\s+F1/);
    expect(text).toMatch(/petrarch2_gsr\s+dyadic-cameo\s+3\s+2\s+3\s+1\s+33\.3%\s+50\.0%\s+40\.0%/);
    expect(text).toContain('cameo_manual_examples: code recall 100.0%, root recall 100.0%, events per record 1.00');
    expect(text).toMatch(/petrarch2_gsr\s+0\/0\s+1\/1\s+0\/0\s+0\/0\s+0\/0\s+0\/1/);
    expect(text).not.toContain('── errors');
  });

  it('lists each record with an error: text, gold, predictions with pattern, and the errors', () => {
    const text = formatEvalReport(report, { errors: true });
    expect(text).toContain('── errors: petrarch2_gsr (2 records)');
    expect(text).toContain('• p2\n  The Argentine president flew to Brasilia for talks.\n  gold       ARG → BRA  042\n');
    expect(text).toContain('predicted  BRAGOV → ARGGOV  042  conf 0.50  pattern verbs/04.txt:9  evidence [0,40) "The Argentine president flew to Brasilia"');
    expect(text).toContain('miss         ARG → BRA  04  (wrong_direction)');
    expect(text).toContain('false alarm  BRA → ARG  04  (wrong_direction)');
    expect(text).toContain('• p3\n  Markets in Santiago closed higher.\n  gold       (no event)\n');
  });
});
