import { describe, it, expect } from 'vitest';
import { readWarcRecords, type WarcItem } from './warc-records.js';
import { warcRecord } from './warc.test-helper.js';

/** Feeds bytes in small chunks, so records straddle chunk boundaries as they do in real streams. */
async function* chunked(bytes: Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function records(bytes: Uint8Array, maxBlockBytes = 1e6): Promise<WarcItem[]> {
  const out: WarcItem[] = [];
  for await (const item of readWarcRecords(chunked(bytes), { wants: (h) => h.get('warc-type') !== 'request', maxBlockBytes })) out.push(item);
  return out;
}

const summary = (items: readonly WarcItem[]) => items.map((i) => `${i.kind} ${i.number}@${i.offset}${i.kind === 'corrupt' ? `: ${i.reason}` : ''}`);

const A = warcRecord({ type: 'resource', block: 'first block', headers: { 'WARC-Target-URI': 'https://a.example/' } });
const B = warcRecord({ type: 'resource', block: 'second block\r\nwith two lines' });
const REQUEST = warcRecord({ type: 'request', block: 'GET / HTTP/1.1\r\n\r\n' });

describe('readWarcRecords', () => {
  it('reads records with their headers (names lower-cased), blocks, numbers and byte offsets', async () => {
    const items = await records(Buffer.concat([A, B]));
    expect(summary(items)).toEqual(['record 1@0', `record 2@${A.length}`]);
    const [first, second] = items;
    expect(first.kind === 'record' && first.headers.get('warc-target-uri')).toBe('https://a.example/');
    expect(first.kind === 'record' && Buffer.from(first.block).toString()).toBe('first block');
    expect(second.kind === 'record' && Buffer.from(second.block).toString()).toBe('second block\r\nwith two lines');
  });

  it('skips the blocks of records not wanted, counting them', async () => {
    expect(summary(await records(Buffer.concat([REQUEST, A])))).toEqual(['skipped 1@0', `record 2@${REQUEST.length}`]);
  });

  it('reads WARC/1.0 records and folded header lines', async () => {
    const folded = Buffer.from('WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://a.example/\r\n  long/path\r\nContent-Length: 2\r\n\r\nok\r\n\r\n');
    const [item] = await records(folded);
    expect(item.kind === 'record' && item.headers.get('warc-target-uri')).toBe('https://a.example/ long/path');
  });

  it('gives a wanted block over the limit as too-large, without reading it, and goes on', async () => {
    expect(summary(await records(Buffer.concat([A, B]), 12))).toEqual(['record 1@0', `too-large 2@${A.length}`]);
  });

  it.each([
    ['a bad version line', warcRecord({ type: 'resource', block: 'x', version: 'WARC/0.9' }), 'no WARC/1.x version line (found "WARC/0.9")'],
    ['no Content-Length', warcRecord({ type: 'resource', block: 'x', contentLength: null }), 'no Content-Length'],
    ['an invalid Content-Length', warcRecord({ type: 'resource', block: 'x', contentLength: '12abc' }), 'invalid Content-Length "12abc"'],
    ['a Content-Length too short', warcRecord({ type: 'resource', block: 'a longer block', contentLength: '3' }), 'block does not end with CRLF CRLF after 3 bytes (a wrong Content-Length?)'],
  ])('reports %s as a corrupt record and resynchronises on the next record', async (_what, bad, reason) => {
    const items = await records(Buffer.concat([A, bad, B]));
    expect(summary(items)).toEqual(['record 1@0', `corrupt 2@${A.length}: ${reason}`, `record 3@${A.length + bad.length}`]);
  });

  it('reports a header line that is not UTF-8 as an encoding problem', async () => {
    const bad = Buffer.concat([Buffer.from('WARC/1.1\r\nWARC-Type: resource\r\nX-Note: caf'), Buffer.from([0xe9]), Buffer.from('\r\nContent-Length: 1\r\n\r\nx\r\n\r\n')]);
    const items = await records(Buffer.concat([bad, A]));
    expect(items.map((i) => i.kind === 'corrupt' && i.encoding)).toEqual([true, false]);
  });

  it('reports a block cut short by the end of the input', async () => {
    const cut = A.subarray(0, A.length - 8);
    expect(summary(await records(Buffer.concat([B, cut])))).toEqual(['record 1@0', `corrupt 2@${B.length}: block cut short: 7 of 11 bytes (the input ends)`]);
  });

  it('skips garbage before the first record after reporting it', async () => {
    const items = await records(Buffer.concat([Buffer.from('stray bytes\r\nmore\r\n'), A]));
    expect(summary(items)).toEqual(['corrupt 1@0: no WARC/1.x version line (found "stray bytes")', 'record 2@19']);
  });

  it('allows a byte-order mark, extra blank lines between records, and a missing final CRLF CRLF', async () => {
    const items = await records(Buffer.concat([Buffer.from('\uFEFF'), A, Buffer.from('\r\n\r\n'), B.subarray(0, B.length - 4)]));
    expect(items.map((i) => i.kind)).toEqual(['record', 'record']);
  });

  it('gives nothing for an input of white space', async () => {
    expect(await records(Buffer.from(' \r\n\r\n\t'))).toEqual([]);
  });
});
