/** One line read by a `ByteCursor`: its bytes (line end dropped), or the news it ran too long. */
export type CursorLine = { readonly kind: 'line'; readonly bytes: Uint8Array } | { readonly kind: 'too-long' };

/**
 * Reads a stream of byte chunks by lines and by counted blocks, keeping count of the bytes
 * consumed, without holding more than the line or block asked for. For record formats (WARC)
 * whose headers are lines and whose bodies are counted bytes.
 *
 * @example
 * const cursor = new ByteCursor(source.bytes());
 * const line = await cursor.readLine(65536); // { kind: 'line', bytes } or null at the end
 * const block = await cursor.read(1200);    // fewer bytes only when the stream ends first
 */
export class ByteCursor {
  /** Bytes consumed so far: the offset of the next byte. */
  offset = 0;
  private buffer: Uint8Array = new Uint8Array(0);
  private position = 0;
  private ended = false;
  private readonly chunks: AsyncIterator<Uint8Array>;

  constructor(chunks: AsyncIterable<Uint8Array>) {
    this.chunks = chunks[Symbol.asyncIterator]();
  }

  /** The next byte without consuming it, or -1 at the end. */
  async peek(): Promise<number> {
    while (this.position >= this.buffer.length) {
      if (!(await this.pull())) return -1;
    }
    return this.buffer[this.position];
  }

  /** Consumes bytes while `keep` holds for them; returns how many. */
  async skipWhile(keep: (byte: number) => boolean): Promise<number> {
    let skipped = 0;
    for (let b = await this.peek(); b !== -1 && keep(b); b = await this.peek()) {
      this.position++;
      this.offset++;
      skipped++;
    }
    return skipped;
  }

  /**
   * The next line (ended by `\n`, a `\r` before it dropped; the last line may lack one), null at
   * the end. A line longer than `maxBytes` is consumed to its end and given as `too-long`.
   */
  async readLine(maxBytes: number): Promise<CursorLine | null> {
    let overflow = false;
    for (;;) {
      const newline = this.buffer.indexOf(0x0a, this.position);
      if (newline !== -1) {
        const line = this.take(newline - this.position);
        this.position++;
        this.offset++;
        if (overflow || line.length > maxBytes) return { kind: 'too-long' };
        return { kind: 'line', bytes: line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line };
      }
      if (this.buffer.length - this.position > maxBytes) {
        overflow = true;
        this.offset += this.buffer.length - this.position;
        this.position = this.buffer.length;
      }
      if (!(await this.pull())) {
        if (this.position >= this.buffer.length) return overflow ? { kind: 'too-long' } : null;
        const line = this.take(this.buffer.length - this.position);
        return overflow || line.length > maxBytes ? { kind: 'too-long' } : { kind: 'line', bytes: line };
      }
    }
  }

  /** The next `count` bytes, or fewer when the stream ends first. */
  async read(count: number): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let got = 0;
    while (got < count) {
      if (this.position >= this.buffer.length && !(await this.pull())) break;
      const part = this.take(Math.min(count - got, this.buffer.length - this.position));
      parts.push(part);
      got += part.length;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  /** Consumes the next `count` bytes without keeping them; returns how many there were. */
  async skip(count: number): Promise<number> {
    let skipped = 0;
    while (skipped < count) {
      if (this.position >= this.buffer.length && !(await this.pull())) break;
      const step = Math.min(count - skipped, this.buffer.length - this.position);
      this.position += step;
      this.offset += step;
      skipped += step;
    }
    return skipped;
  }

  /** A copy of the next `count` buffered bytes, consumed: streams may reuse their chunks. */
  private take(count: number): Uint8Array {
    const bytes = Uint8Array.prototype.slice.call(this.buffer, this.position, this.position + count);
    this.position += count;
    this.offset += count;
    return bytes;
  }

  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.chunks.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const rest = this.buffer.subarray(this.position);
    this.buffer = rest.length === 0 ? next.value : Buffer.concat([rest, next.value]);
    this.position = 0;
    return true;
  }
}
