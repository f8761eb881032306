import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GDELT_EVENT_COLUMNS } from '../../src/store/export/gdelt-row.js';
import { runCli } from './run-cli.js';

const STORY = `Envoys meet in Baghdad

BAGHDAD, May 28 (Wire) - The US ambassador met Iranian officials in Baghdad on Monday for talks on security in Iraq.

Iran accused the United States of backing armed groups near its border, a foreign ministry spokesman said.
`;

function storyFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'parley-formats-')), 'baghdad.txt');
  writeFileSync(path, STORY);
  return path;
}

describe('parley code --format', () => {
  it('gdelt: one 61-column row per event, the dyad and code in their columns', async () => {
    const { code, stdout } = await runCli(['code', '--date', '2007-05-28', '--format', 'gdelt', storyFile()]);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter(Boolean).map((l) => l.split('\t'));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toHaveLength(61);
    const col = (r: string[], name: string) => r[GDELT_EVENT_COLUMNS.indexOf(name)];
    expect(rows.some((r) => col(r, 'Actor1Code') === 'USAGOV' && col(r, 'EventRootCode') === '04' && col(r, 'SQLDATE') === '20070528')).toBe(true);
    expect(rows.every((r) => col(r, 'SOURCEURL') === 'baghdad.txt')).toBe(true);
  });

  it('plover: PLOVER field names, and no line for CAMEO codes PLOVER leaves out', async () => {
    const { code, stdout } = await runCli(['code', '--date', '2007-05-28', '--format', 'plover', storyFile()]);
    expect(code).toBe(0);
    const events = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { event: string[]; source: { code: string }[]; cameo: string });
    expect(events.some((e) => e.event[0] === 'CONSULT' && e.source[0]?.code === 'USA')).toBe(true);
    expect(events.every((e) => !e.cameo.startsWith('01') && !e.cameo.startsWith('02'))).toBe(true);
  });
});
