import { describe, it, expect } from 'vitest';
import { splitByteLines, type ByteLine } from './byte-lines.js';

async function lines(chunks: string[], max = 1000): Promise<string[]> {
  async function* source() { for (const c of chunks) yield Buffer.from(c); }
  const out: string[] = [];
  for await (const line of splitByteLines(source(), max)) out.push(show(line));
  return out;
}

function show(line: ByteLine): string {
  return line.kind === 'line' ? `${line.number}:${Buffer.from(line.bytes).toString('utf8')}` : `${line.number}:too-long`;
}

describe('splitByteLines', () => {
  it.each([
    ['one line without a final newline', ['abc'], ['1:abc']],
    ['a final newline adds no empty line', ['a\nb\n'], ['1:a', '2:b']],
    ['blank lines keep their numbers', ['a\n\nb'], ['1:a', '2:', '3:b']],
    ['CRLF line ends', ['a\r\nb\r\n'], ['1:a', '2:b']],
    ['lines split across chunks', ['ab', 'c\nd', 'e\n', 'f'], ['1:abc', '2:de', '3:f']],
    ['a newline alone in a chunk', ['a', '\n', 'b'], ['1:a', '2:b']],
    ['no input at all', [], []],
  ])('handles %s', async (_what, chunks, expected) => {
    expect(await lines(chunks)).toEqual(expected);
  });

  it('reports lines longer than the limit, whether within a chunk or across chunks', async () => {
    expect(await lines(['ok\n0123456789\nok2\n01234', '56789\nend'], 5)).toEqual(['1:ok', '2:too-long', '3:ok2', '4:too-long', '5:end']);
  });
});
