import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeBenchCorpus } from '../../../bench/make-corpus.js';

interface ExpectedEvent {
  source: string | null;
  target: string | null;
  root: string;
  code: string;
  sentence_contains: string;
  notes: string;
}
interface GoldenEntry {
  file: string;
  date: string;
  expected: ExpectedEvent[];
  must_not: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const sampleDir = join(here, '..', '..', '..', 'data', 'sample');
const golden = JSON.parse(readFileSync(join(here, 'index.json'), 'utf8')) as GoldenEntry[];
const sample = JSON.parse(readFileSync(join(sampleDir, 'index.json'), 'utf8')) as { file: string; date: string }[];
const textOf = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const txtFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const DATELINE = /^[A-Z][A-Z' .-]+(?:, [A-Za-z' .-]+)?, ([A-Z][a-z]+)\.? (\d{1,2}) \(Wire\) - /;
const ACTOR_CODE = /^(?:[A-Z-]{3})+$/;

/** Checks the house style every team article follows: headline, blank line, wire dateline. */
function expectWireStory(text: string, date: string): void {
  const paragraphs = text.split(/\n[ \t]*\n/);
  expect(paragraphs[0]).not.toContain('\n');
  const dateline = DATELINE.exec(paragraphs[1]);
  expect(dateline, paragraphs[1].slice(0, 60)).not.toBeNull();
  expect(MONTHS.indexOf(dateline![1]) + 1).toBe(Number(date.slice(5, 7)));
  expect(Number(dateline![2])).toBe(Number(date.slice(8, 10)));
  expect(paragraphs.length).toBeGreaterThanOrEqual(6);
}

describe('golden articles', () => {
  it('index.json lists exactly the .txt files of the folder, at least 20', () => {
    expect(golden.map((g) => g.file).sort()).toEqual(txtFiles(here));
    expect(golden.length).toBeGreaterThanOrEqual(20);
  });

  it.each(golden.map((g) => [g.file, g] as const))('%s is a wire story dated as its index entry', (file, entry) => {
    expectWireStory(textOf(here, file), entry.date);
  });

  it.each(golden.map((g) => [g.file, g] as const))('%s: every expected phrase occurs once, every must_not phrase occurs', (file, entry) => {
    const text = textOf(here, file);
    for (const e of entry.expected) expect(text.split(e.sentence_contains).length - 1, e.sentence_contains).toBe(1);
    for (const phrase of entry.must_not) expect(text, phrase).toContain(phrase);
  });

  it('codes are well formed: zero-padded CAMEO codes under their root, CAMEO-style actor codes', () => {
    for (const e of golden.flatMap((g) => g.expected)) {
      expect(e.code.startsWith(e.root)).toBe(true);
      expect(e.code).toMatch(/^\d{3,4}$/);
      for (const actor of [e.source, e.target]) if (actor !== null) expect(actor).toMatch(ACTOR_CODE);
    }
  });

  it('exercises all 20 CAMEO roots', () => {
    const roots = new Set(golden.flatMap((g) => g.expected.map((e) => e.root)));
    expect([...roots].sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('spans the years 2003 to 2025', () => {
    const years = golden.map((g) => Number(g.date.slice(0, 4)));
    expect(Math.min(...years)).toBe(2003);
    expect(Math.max(...years)).toBe(2025);
  });
});

describe('demo sample', () => {
  it('index.json gives a publication date for each .txt file', () => {
    expect(sample.map((s) => s.file).sort()).toEqual(txtFiles(sampleDir));
    for (const s of sample) expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(sample.map((s) => [s.file, s.date] as const))('%s is a wire story dated %s', (file, date) => {
    expectWireStory(textOf(sampleDir, file), date);
  });

  it('shares no article with the golden set', () => {
    const goldenHeadlines = new Set(golden.map((g) => textOf(here, g.file).split('\n')[0]));
    for (const s of sample) expect(goldenHeadlines.has(textOf(sampleDir, s.file).split('\n')[0])).toBe(false);
  });
});

describe('makeBenchCorpus', () => {
  const lines = makeBenchCorpus({ targetBytes: 400_000 });

  it('reaches the requested size in JSONL records {id, text, date}', () => {
    const bytes = lines.reduce((sum, l) => sum + Buffer.byteLength(l) + 1, 0);
    expect(bytes).toBeGreaterThanOrEqual(400_000);
    const first = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(Object.keys(first).sort()).toEqual(['date', 'id', 'text']);
    expect(first.id).toBe('bench-000001');
  });

  it('is deterministic: the same options give the same lines', () => {
    expect(makeBenchCorpus({ targetBytes: 400_000 })).toEqual(lines);
  });

  it('varies the texts rather than repeating them', () => {
    const texts = lines.map((l) => (JSON.parse(l) as { text: string }).text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('dates each record between 2003 and 2025 and rewrites its dateline to match', () => {
    for (const line of lines.slice(0, 50)) {
      const { text, date } = JSON.parse(line) as { text: string; date: string };
      expect(date >= '2003-01-01' && date <= '2025-12-31').toBe(true);
      const month = MONTHS[Number(date.slice(5, 7)) - 1];
      expect(text).toContain(`${month} ${Number(date.slice(8, 10))} (Wire)`);
    }
  });

  it('gives a different corpus for a different seed', () => {
    expect(makeBenchCorpus({ targetBytes: 50_000, seed: 7 })[0]).not.toEqual(lines[0]);
  });
});
