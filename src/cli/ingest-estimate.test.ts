import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateArticles } from './ingest-estimate.js';

describe('estimating how many articles an ingest will read', () => {
  it('counts JSONL lines and one article per other file, in folders too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-estimate-'));
    writeFileSync(join(dir, 'a.jsonl'), '{"id":"1","text":"x"}\n{"id":"2","text":"y"}\n{"id":"3","text":"z"}');
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', 'one.html'), '<p>x</p>');
    writeFileSync(join(dir, 'pages', 'two.txt'), 'y');
    expect(await estimateArticles([dir])).toBe(5);
  });

  it.each([['-'], ['https://example.org/feed.xml'], ['crawl.warc.gz'], ['/no/such/file.txt']])('does not guess for %s', async (input) => {
    expect(await estimateArticles([input])).toBeNull();
  });
});
