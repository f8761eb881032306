import { describe, it, expect } from 'vitest';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { OUTPUT_CHUNK_BYTES, openSink } from './output-sink.js';

/** A stream that keeps what it is given, and says it is full after every write when `tight`. */
function collector(tight = false): { stream: Writable; text: () => Promise<string>; writes: () => number } {
  const parts: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: tight ? 1 : 1 << 24,
    write(chunk: Buffer, _encoding, done) {
      parts.push(Buffer.from(chunk));
      setImmediate(done);
    },
  });
  // Standard output is never closed by the sink: end it here, and read once it has taken everything.
  const text = async (): Promise<string> => {
    stream.end();
    await once(stream, 'finish');
    return Buffer.concat(parts).toString('utf8');
  };
  return { stream, text, writes: () => parts.length };
}

describe('openSink', () => {
  it('gives the stream nothing until a flush, then everything added, as UTF-8', async () => {
    const out = collector();
    const sink = openSink(undefined, out.stream);
    sink.add('{"name":"Nuri al-Maliki"}\n');
    sink.add('{"place":"Hérat","quote":"“no”"}\n');
    expect(out.writes()).toBe(0);
    await sink.flush();
    await sink.close();
    expect(await out.text()).toBe('{"name":"Nuri al-Maliki"}\n{"place":"Hérat","quote":"“no”"}\n');
  });

  it('hands a full chunk over and goes on in a fresh one, losing and repeating nothing', async () => {
    const out = collector();
    const sink = openSink(undefined, out.stream);
    const line = `${'Tehran rejected the demands of Washington. '.repeat(40)}\n`;
    const count = Math.ceil((3 * OUTPUT_CHUNK_BYTES) / line.length);
    for (let i = 0; i < count; i++) sink.add(line);
    expect(out.writes()).toBeGreaterThan(0);
    await sink.close();
    expect(await out.text()).toBe(line.repeat(count));
  });

  it('takes a piece larger than a chunk whole', async () => {
    const out = collector();
    const sink = openSink(undefined, out.stream);
    const big = 'x'.repeat(OUTPUT_CHUNK_BYTES + 5);
    sink.add('a');
    sink.add(big);
    sink.add('b');
    await sink.close();
    expect(await out.text()).toBe(`a${big}b`);
  });

  it('waits for a full stream to drain before a flush returns', async () => {
    const out = collector(true);
    const sink = openSink(undefined, out.stream);
    sink.add('Iran met Iraq.\n');
    await sink.flush();
    expect(out.stream.writableLength).toBe(0);
    await sink.write('Iraq met Iran.\n');
    await sink.close();
    expect(await out.text()).toBe('Iran met Iraq.\nIraq met Iran.\n');
  });

  it('writes to --out FILE and closes it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parley-sink-')), 'events.jsonl');
    const sink = openSink(file);
    sink.add('one\n');
    await sink.write('two\n');
    sink.add('three\n');
    await sink.close();
    expect(readFileSync(file, 'utf8')).toBe('one\ntwo\nthree\n');
  });
});
