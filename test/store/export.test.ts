import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from '../../src/store/export/gdelt-row.js';
import { createIngester } from '../../src/store/ingest-documents.js';
import { openStore } from '../../src/store/open-store.js';
import { actor, record, storyDoc } from './records.js';

/** A store file with one merged meeting (two outlets) and one accusation. */
function sampleStore(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'parley-export-')), 'events.db');
  const store = openStore(path);
  const ing = createIngester(store, { now: () => '2007-05-28T12:30:00.000Z' });
  ing.add(storyDoc('a', 'US and Iranian envoys met in Baghdad.', { source: 'Wire One', url: 'https://one.example/a' }), [record('m1', { sentence: 1 })]);
  ing.add(storyDoc('b', 'American and Iranian diplomats held talks in Baghdad.', { source: 'Wire Two', url: 'https://two.example/b' }), [record('m2')]);
  ing.add(storyDoc('c', 'Tehran accused Washington of spying.', { source: 'Wire One' }), [record('m3', {
    source: actor('IRNGOV', 'Tehran'), target: actor('USAGOV', 'Washington'), cameo: '112', cameo_root: '11', quad_class: 3, goldstein: -4.4,
    plover: { type: 'ACCUSE', mode: '' }, location: null, sentence: 4,
  })]);
  ing.flush();
  store.close();
  return path;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d) => { out += d; });
  const code = await main(argv, { stdout, stderr: new PassThrough(), stdin: Readable.from(['']) }, () => { throw new Error('no coder needed'); });
  return { code, stdout: out };
}

describe('parley export', () => {
  it('writes GDELT 2.0 event rows of 61 columns that read back column by column', async () => {
    const db = sampleStore();
    const { code, stdout } = await run(['export', '--db', db, '--format', 'gdelt']);
    expect(code).toBe(0);
    expect(GDELT_EVENT_COLUMNS).toHaveLength(61);
    const rows = stdout.trimEnd().split('\n').map((line) => {
      const cells = line.split('\t');
      expect(cells).toHaveLength(61);
      return Object.fromEntries(GDELT_EVENT_COLUMNS.map((c, i) => [c, cells[i]]));
    });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      GLOBALEVENTID: '1', SQLDATE: '20070528', MonthYear: '200705', Year: '2007', FractionDate: '2007.4027',
      Actor1Code: 'USAGOV', Actor1CountryCode: 'USA', Actor1Type1Code: 'GOV', Actor2Code: 'IRNGOV', Actor2CountryCode: 'IRN',
      IsRootEvent: '1', EventCode: '040', EventBaseCode: '040', EventRootCode: '04', QuadClass: '1', GoldsteinScale: '1',
      NumMentions: '2', NumSources: '2', NumArticles: '2',
      ActionGeo_Type: '4', ActionGeo_FullName: 'Baghdad', ActionGeo_CountryCode: 'IZ', ActionGeo_Lat: '33.34', ActionGeo_Long: '44.4', ActionGeo_FeatureID: '98182',
      DATEADDED: '20070528123000', SOURCEURL: 'https://one.example/a',
    });
    expect(rows[1]).toMatchObject({ Actor1Code: 'IRNGOV', EventCode: '112', QuadClass: '3', GoldsteinScale: '-4.4', IsRootEvent: '0', ActionGeo_Type: '0', SOURCEURL: 'c' });
  });

  it('writes the GDELT mentions table, one row per mention', async () => {
    const db = sampleStore();
    const mentions = join(mkdtempSync(join(tmpdir(), 'parley-export-')), 'mentions.tsv');
    await run(['export', '--db', db, '--format', 'gdelt', '--mentions', mentions]);
    const rows = readFileSync(mentions, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r).toHaveLength(GDELT_MENTION_COLUMNS.length);
    expect(rows.map((r) => [r[0], r[4], r[5]])).toEqual([['1', 'Wire One', 'https://one.example/a'], ['1', 'Wire Two', 'https://two.example/b'], ['2', 'Wire One', 'c']]);
  });

  it('writes PLOVER JSONL with PLOVER field names', async () => {
    const { stdout } = await run(['export', '--db', sampleStore(), '--format', 'plover']);
    const events = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events).toHaveLength(2);
    expect(Object.keys(events[0])).toEqual(expect.arrayContaining(['id', 'date', 'source', 'recipient', 'event', 'mode', 'context', 'event_loc', 'quad_code', 'event_scale', 'text', 'text_info', 'cite_info']));
    expect(events[0]).toMatchObject({
      date: '2007-05-28', event: ['CONSULT'], quad_code: 1, source: [{ code: 'USA', sector: 'GOV' }], recipient: [{ code: 'IRN', sector: 'GOV' }],
      event_loc: { name: 'Baghdad', cc3: 'IRQ', 'country code': 'IQ', geonameid: 98182 },
    });
    expect(events[1]).toMatchObject({ event: ['ACCUSE'], quad_code: 3, event_loc: null });
  });

  it('writes CSV with a header and quoted fields', async () => {
    const { stdout } = await run(['export', '--db', sampleStore(), '--format', 'csv', '--root', '11']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0].startsWith('id,date,date_precision')).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('IRNGOV');
  });

  it('refuses an unknown format and a missing store with one line', async () => {
    expect((await run(['export', '--db', sampleStore(), '--format', 'xml'])).code).toBe(2);
    expect((await run(['export', '--db', '/nonexistent/x.db', '--format', 'csv'])).code).toBe(2);
  });
});
