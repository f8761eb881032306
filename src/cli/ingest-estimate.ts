import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const UNKNOWN_COUNT = /\.(?:warc|gz|rss|atom|xml)$/i;
const LINE_FORMATS = /\.(?:jsonl|ndjson)$/i;

/**
 * How many articles the inputs hold, for the progress bar's ETA: a JSONL file counts its lines,
 * any other file is one article. Null when it cannot be known cheaply (standard input, URLs,
 * feeds, web archives) or an input cannot be read.
 *
 * @example
 * await estimateArticles(['news/', 'feed.jsonl']) // 1240
 */
export async function estimateArticles(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    const n = await countPath(input);
    if (n === null) return null;
    total += n;
  }
  return total;
}

async function countPath(path: string): Promise<number | null> {
  if (path === '-' || /^https?:\/\//i.test(path) || UNKNOWN_COUNT.test(path)) return null;
  try {
    const s = await stat(path);
    if (s.isDirectory()) {
      let n = 0;
      for (const entry of await readdir(path)) {
        if (entry.startsWith('.')) continue;
        const c = await countPath(join(path, entry));
        if (c === null) return null;
        n += c;
      }
      return n;
    }
    return LINE_FORMATS.test(path) ? await countLines(path) : 1;
  } catch {
    return null;
  }
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1];
  }
  return last === 10 ? lines : lines + 1;
}
