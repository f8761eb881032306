import { describe, expect, it } from 'vitest';
import { fontCharacters, GLYPH_HEIGHT, GLYPH_WIDTH, glyphOf } from './bitmap-font.js';
import { createCanvas, drawLine, drawText, fillRect, textWidth, type RasterCanvas } from './raster-canvas.js';

function inkAt(canvas: RasterCanvas, x: number, y: number): boolean {
  return canvas.pixels[(y * canvas.width + x) * 3] === 0;
}

function inked(canvas: RasterCanvas): number {
  let n = 0;
  for (let y = 0; y < canvas.height; y++) for (let x = 0; x < canvas.width; x++) if (inkAt(canvas, x, y)) n += 1;
  return n;
}

describe('bitmap font', () => {
  it('has a 5x7 glyph for every character it lists, and ink in all but the space', () => {
    for (const char of fontCharacters()) {
      const glyph = glyphOf(char);
      expect(glyph).toHaveLength(GLYPH_HEIGHT);
      expect(glyph?.every((row) => row.length === GLYPH_WIDTH)).toBe(true);
      expect(glyph?.some((row) => row.includes(true))).toBe(char !== ' ');
    }
  });

  it('draws lower-case letters as capitals and knows no other letters', () => {
    expect(glyphOf('e')).toEqual(glyphOf('E'));
    expect(glyphOf('Q')).toBeNull();
  });
});

describe('raster canvas', () => {
  it('fills rectangles and clips what falls off the canvas', () => {
    const canvas = createCanvas(10, 10, [255, 255, 255]);
    fillRect(canvas, 8, 8, 5, 5, [0, 0, 0]);
    expect(inked(canvas)).toBe(4);
  });

  it('draws a line from end to end, and a dashed one with gaps', () => {
    const solid = createCanvas(20, 3, [255, 255, 255]);
    drawLine(solid, 0, 1, 19, 1, [0, 0, 0]);
    expect(inked(solid)).toBe(20);
    const dashed = createCanvas(20, 3, [255, 255, 255]);
    drawLine(dashed, 0, 1, 19, 1, [0, 0, 0], { dash: 5 });
    expect(inked(dashed)).toBeLessThan(15);
    expect(inked(dashed)).toBeGreaterThan(5);
  });

  it('draws text glyph by glyph at a scale, and turned a quarter left when vertical', () => {
    const canvas = createCanvas(40, 40, [255, 255, 255]);
    drawText(canvas, '1', 0, 0, [0, 0, 0], { scale: 2 });
    // '1' has ink in its middle column on the top row: font pixel (2, 0) is canvas (4..5, 0..1).
    expect([inkAt(canvas, 4, 0), inkAt(canvas, 5, 1), inkAt(canvas, 0, 0)]).toEqual([true, true, false]);
    const turned = createCanvas(40, 40, [255, 255, 255]);
    drawText(turned, '1', 0, 20, [0, 0, 0], { scale: 2, vertical: true });
    expect(inked(turned)).toBe(inked(canvas));
    expect([inkAt(turned, 0, 15), inkAt(turned, 0, 19)]).toEqual([true, false]);
    expect(textWidth('0.8', 2)).toBe(34);
  });

  it('refuses a character the font lacks', () => {
    expect(() => drawText(createCanvas(10, 10, [0, 0, 0]), 'Q', 0, 0, [255, 255, 255])).toThrow(/no glyph for "Q"/);
  });
});
