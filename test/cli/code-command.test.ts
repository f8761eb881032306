import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/core/event-record.js';
import { runCli } from './run-cli.js';

const STORY = `Ministers meet in Amman

AMMAN, June 3 (Wire) - Jordanian Foreign Minister Ayman Safadi met Iraqi officials in Amman on Monday to discuss border security.

Share this article

Iraq accused Syrian militias of smuggling weapons across the frontier, a ministry spokesman said.
`;

function events(stdout: string): EventRecord[] {
  return stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as EventRecord);
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'parley-cli-'));
}

describe('parley code', () => {
  it('prints one JSON event a line with every field of the contract', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'amman.txt'), STORY);
    const { code, stdout } = await runCli(['code', '--date', '2019-06-04', join(dir, 'amman.txt')]);
    expect(code).toBe(0);
    const evs = events(stdout);
    expect(evs.length).toBeGreaterThan(0);
    for (const e of evs) {
      expect(Object.keys(e).sort()).toEqual(['cameo', 'cameo_root', 'confidence', 'date', 'doc_id', 'evidence', 'goldstein', 'id', 'location',
        'modality', 'plover', 'quad_class', 'sentence', 'source', 'target'].sort());
      expect(e.doc_id).toBe('amman.txt');
      expect(STORY.slice(e.evidence.span[0], e.evidence.span[1])).toBe(e.evidence.text);
    }
    expect(evs.some((e) => e.cameo.startsWith('04') && e.source?.code === 'JORGOV' && e.date.value === '2019-06-03')).toBe(true);
    expect(evs.some((e) => e.evidence.text.includes('Share this'))).toBe(false);
  });

  it('gives the same ids for the same input', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), STORY);
    const first = await runCli(['code', '--date', '2019-06-04', join(dir, 'a.txt')]);
    const second = await runCli(['code', '--date', '2019-06-04', join(dir, 'a.txt')]);
    expect(events(first.stdout).map((e) => e.id)).toEqual(events(second.stdout).map((e) => e.id));
  });

  it('reads JSONL records from standard input, each record its own document with its own date', async () => {
    const lines = [
      JSON.stringify({ id: 'r1', text: 'Iraq accused Syria of shelling its border posts.', date: '2012-03-01' }),
      JSON.stringify({ id: 'r2', text: 'Turkey condemned Iran on Monday.' }),
    ].join('\n');
    const { code, stdout } = await runCli(['code', '--input', 'jsonl', '--date', '2014-05-06', '-'], lines);
    expect(code).toBe(0);
    const evs = events(stdout);
    expect(evs.find((e) => e.doc_id === 'r1')?.date.value).toBe('2012-03-01');
    expect(evs.find((e) => e.doc_id === 'r2')?.date.value).toBe('2014-05-05');
  });

  it('writes one document object a line with --format json', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'amman.txt'), STORY);
    const { stdout } = await runCli(['code', '--format', 'json', '--date', '2019-06-04', join(dir, 'amman.txt')]);
    const doc = JSON.parse(stdout.trim().split('\n')[0]) as { document: { text: string; boilerplate: [number, number][] }; events: unknown[] };
    expect(doc.document.text).toBe(STORY);
    expect(doc.document.boilerplate.map(([s, e]) => STORY.slice(s, e))).toContain('Share this article');
    expect(doc.events.length).toBeGreaterThan(0);
  });

  it('reports each bad input on one line naming it, codes the good ones and exits non-zero', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-good.txt'), STORY);
    writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'c-latin1.txt'), Buffer.from('Caf\xe9 talks in Amman were held.', 'latin1'));
    writeFileSync(join(dir, 'd-empty.txt'), '');
    writeFileSync(join(dir, 'e-broken.html'), '<html><body><div><ul><li><a href="/">Home</a></li><li>Menu</li></ul></div><<<</body');
    writeFileSync(join(dir, 'f-records.jsonl'), [
      JSON.stringify({ id: 'ok-1', text: 'Iraq accused Syria of shelling its border posts.' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'ok-2', text: 'Turkey condemned Iran.' }),
    ].join('\n'));
    const { code, stdout, stderr } = await runCli(['code', '--date', '2019-06-04', dir]);
    expect(code).not.toBe(0);
    const errors = stderr.trim().split('\n').filter((l) => !/documents coded/.test(l));
    expect(errors).toHaveLength(5);
    expect(errors.find((l) => l.includes('b-binary.txt'))).toMatch(/INPUT_BINARY/);
    expect(errors.find((l) => l.includes('c-latin1.txt'))).toMatch(/INPUT_ENCODING/);
    expect(errors.find((l) => l.includes('d-empty.txt'))).toMatch(/INPUT_EMPTY/);
    expect(errors.find((l) => l.includes('e-broken.html'))).toMatch(/INPUT_HTML/);
    expect(errors.find((l) => l.includes('f-records.jsonl'))).toMatch(/f-records\.jsonl:2/);
    const docs = new Set(events(stdout).map((e) => e.doc_id));
    expect(docs).toEqual(new Set(['a-good.txt', 'ok-1', 'ok-2']));
  });

  it('refuses an unknown format with a usage error', async () => {
    const { code, stderr } = await runCli(['code', '--format', 'xml', '-']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format/);
  });
});
