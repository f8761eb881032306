import { ParleyError } from '../core/errors.js';
import { GLYPH_ADVANCE, GLYPH_HEIGHT, glyphOf } from './bitmap-font.js';
import type { RasterImage } from './png.js';

/** An RGB colour, 0..255 a channel. */
export type Rgb = readonly [number, number, number];

/**
 * An RGB raster being drawn on (a chart's working surface; `encodePng` writes it).
 *
 * @example
 * const canvas = createCanvas(640, 480, [255, 255, 255]);
 */
export interface RasterCanvas extends RasterImage {
  readonly channels: 3;
}

/**
 * A canvas filled with one colour.
 *
 * @example
 * createCanvas(2, 2, [0, 0, 0]).pixels.length // 12
 */
export function createCanvas(width: number, height: number, background: Rgb): RasterCanvas {
  const pixels = new Uint8Array(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) pixels.set(background, i);
  return { width, height, channels: 3, pixels };
}

/**
 * Paints one pixel; pixels off the canvas are ignored.
 *
 * @example
 * setPixel(canvas, 10, 10, [255, 0, 0]);
 */
export function setPixel(canvas: RasterCanvas, x: number, y: number, color: Rgb): void {
  const px = Math.round(x);
  const py = Math.round(y);
  if (px < 0 || py < 0 || px >= canvas.width || py >= canvas.height) return;
  canvas.pixels.set(color, (py * canvas.width + px) * 3);
}

/**
 * Fills the rectangle from (x, y) spanning w by h pixels.
 *
 * @example
 * fillRect(canvas, 0, 0, 10, 10, [200, 200, 200]);
 */
export function fillRect(canvas: RasterCanvas, x: number, y: number, w: number, h: number, color: Rgb): void {
  const x0 = Math.round(x);
  const y0 = Math.round(y);
  const x1 = Math.round(x + w);
  const y1 = Math.round(y + h);
  for (let py = y0; py < y1; py++) for (let px = x0; px < x1; px++) setPixel(canvas, px, py, color);
}

/**
 * Draws a straight line `width` pixels thick; with `dash`, `dash` pixels on and `dash` off.
 *
 * @example
 * drawLine(canvas, 0, 0, 100, 100, [0, 0, 0], { width: 2, dash: 6 });
 */
export function drawLine(canvas: RasterCanvas, x0: number, y0: number, x1: number, y1: number, color: Rgb, style: { width?: number; dash?: number } = {}): void {
  const width = style.width ?? 1;
  const length = Math.hypot(x1 - x0, y1 - y0);
  const steps = Math.max(1, Math.ceil(length * 2));
  const half = (width - 1) / 2;
  for (let s = 0; s <= steps; s++) {
    const along = (s / steps) * length;
    if (style.dash !== undefined && Math.floor(along / style.dash) % 2 === 1) continue;
    const x = x0 + ((x1 - x0) * s) / steps;
    const y = y0 + ((y1 - y0) * s) / steps;
    fillRect(canvas, x - half, y - half, width, width, color);
  }
}

/**
 * Fills a disc of radius r around (cx, cy).
 *
 * @example
 * fillDisc(canvas, 50, 50, 4, [0, 0, 0]);
 */
export function fillDisc(canvas: RasterCanvas, cx: number, cy: number, r: number, color: Rgb): void {
  for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) if (dx * dx + dy * dy <= r * r + r) setPixel(canvas, cx + dx, cy + dy, color);
}

/**
 * The width in pixels of a text drawn at a scale (each font pixel a scale x scale square).
 *
 * @example
 * textWidth('0.8', 2) // 34
 */
export function textWidth(text: string, scale: number): number {
  return text.length === 0 ? 0 : (text.length * GLYPH_ADVANCE - 1) * scale;
}

/** Where a text sits relative to its anchor point, along its reading direction. */
export type TextAnchor = 'start' | 'middle' | 'end';

/**
 * Draws a text with the bitmap font, its top at y (reading left to right), or with `vertical`
 * turned a quarter left (reading bottom to top, its top at x). A character the font lacks is a
 * `USAGE` error.
 *
 * @example
 * drawText(canvas, 'SHARE RIGHT', 20, 240, [0, 0, 0], { scale: 2, anchor: 'middle', vertical: true });
 */
export function drawText(canvas: RasterCanvas, text: string, x: number, y: number, color: Rgb, style: { scale?: number; anchor?: TextAnchor; vertical?: boolean } = {}): void {
  const scale = style.scale ?? 1;
  const width = textWidth(text, scale);
  const shift = style.anchor === 'middle' ? width / 2 : style.anchor === 'end' ? width : 0;
  [...text].forEach((char, i) => {
    const glyph = glyphOf(char);
    if (glyph === null) throw new ParleyError('USAGE', `the chart font has no glyph for ${JSON.stringify(char)}`);
    const along = Math.round(i * GLYPH_ADVANCE * scale - shift);
    for (let row = 0; row < GLYPH_HEIGHT; row++) {
      glyph[row].forEach((ink, col) => {
        if (!ink) return;
        if (style.vertical) fillRect(canvas, x + row * scale, y - along - (col + 1) * scale, scale, scale, color);
        else fillRect(canvas, x + along + col * scale, y + row * scale, scale, scale, color);
      });
    }
  });
}
