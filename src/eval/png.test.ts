import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import { encodePng, type RasterImage } from './png.js';

interface Chunk { readonly type: string; readonly data: Uint8Array; readonly crcOk: boolean }

/** Splits a PNG file into its chunks, checking each chunk's CRC. */
function chunksOf(file: Uint8Array): Chunk[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const chunks: Chunk[] = [];
  for (let at = 8; at < file.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...file.subarray(at + 4, at + 8));
    const data = file.subarray(at + 8, at + 8 + length);
    chunks.push({ type, data, crcOk: view.getUint32(at + 8 + length) === crc32(file.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
  }
  return chunks;
}

/** Decodes what encodePng writes (filter 0 rows only). */
function decode(file: Uint8Array): RasterImage {
  const chunks = chunksOf(file);
  const header = new DataView(chunks[0].data.buffer, chunks[0].data.byteOffset, 13);
  const width = header.getUint32(0);
  const height = header.getUint32(4);
  const channels = chunks[0].data[9] === 6 ? 4 : 3;
  const rows = inflateSync(chunks[1].data);
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (stride + 1)]).toBe(0);
    pixels.set(rows.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  return { width, height, channels, pixels };
}

function gradient(width: number, height: number, channels: 3 | 4): RasterImage {
  const pixels = new Uint8Array(width * height * channels);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 37) % 256;
  return { width, height, channels, pixels };
}

describe('encodePng', () => {
  it('starts with the PNG signature and has IHDR, IDAT and IEND chunks with right CRCs', () => {
    const file = encodePng(gradient(7, 5, 3));
    expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks = chunksOf(file);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    expect([...chunks[0].data.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
  });

  it.each([[3 as const, 2], [4 as const, 6]])('round-trips a %i-channel image (colour type %i)', (channels, colourType) => {
    const image = gradient(640, 3, channels);
    const file = encodePng(image);
    expect(chunksOf(file)[0].data[9]).toBe(colourType);
    const back = decode(file);
    expect([back.width, back.height, back.channels]).toEqual([640, 3, channels]);
    expect(Buffer.from(back.pixels).equals(Buffer.from(image.pixels))).toBe(true);
  });

  it('refuses pixels that do not fit the size', () => {
    expect(() => encodePng({ width: 2, height: 2, channels: 3, pixels: new Uint8Array(11) })).toThrow(/needs 12 bytes/);
  });
});
