import { deflateSync } from 'node:zlib';
import { ParleyError } from '../core/errors.js';
import { crc32 } from './crc32.js';

/**
 * An image as PNG encodes it: 8 bits a channel, rows top to bottom, `channels` bytes a pixel
 * (3: RGB, 4: RGBA).
 *
 * @example
 * const image: RasterImage = { width: 1, height: 1, channels: 3, pixels: new Uint8Array([255, 0, 0]) };
 */
export interface RasterImage {
  readonly width: number;
  readonly height: number;
  readonly channels: 3 | 4;
  readonly pixels: Uint8Array;
}

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One chunk: length, type, data, CRC of type and data. */
function chunkOf(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) chunk[4 + i] = type.charCodeAt(i);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/**
 * Encodes an image as a PNG file: signature, IHDR (8-bit truecolour, with alpha for 4 channels),
 * one IDAT of the deflated rows (each with filter byte 0) and IEND. A `pixels` array of the wrong
 * size is a `USAGE` error.
 *
 * @example
 * writeFileSync('dot.png', encodePng({ width: 1, height: 1, channels: 3, pixels: new Uint8Array([255, 0, 0]) }));
 */
export function encodePng(image: RasterImage): Uint8Array {
  const { width, height, channels, pixels } = image;
  if (!(width > 0 && height > 0) || pixels.length !== width * height * channels) {
    throw new ParleyError('USAGE', `a ${width}x${height} image of ${channels} channels needs ${width * height * channels} bytes, got ${pixels.length}`);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8;
  header[9] = channels === 4 ? 6 : 2;
  // header[10..12]: deflate, adaptive filtering, no interlace: all 0.
  const stride = width * channels;
  const rows = new Uint8Array(height * (stride + 1));
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const parts = [SIGNATURE, chunkOf('IHDR', header), chunkOf('IDAT', deflateSync(rows, { level: 9 })), chunkOf('IEND', new Uint8Array(0))];
  const file = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    file.set(part, at);
    at += part.length;
  }
  return file;
}
