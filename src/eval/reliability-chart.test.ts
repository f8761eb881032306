import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawReliabilityChart, reliabilityChartPng } from './reliability-chart.js';
import { reliabilityOf } from './reliability.js';

const judged = [0.15, 0.35, 0.35, 0.55, 0.55, 0.55, 0.75, 0.75, 0.95].map((confidence, i) => ({ confidence, right: i % 3 !== 0 }));

describe('reliability chart', () => {
  it('is a 640x480 RGB PNG', () => {
    const file = reliabilityChartPng(reliabilityOf(judged), 'TEST');
    const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
    expect(String.fromCharCode(...file.subarray(12, 16))).toBe('IHDR');
    expect([view.getUint32(16), view.getUint32(20), file[25]]).toEqual([640, 480, 2]);
    const idat = file.subarray(41, 41 + view.getUint32(33));
    expect(inflateSync(idat).length).toBe(480 * (640 * 3 + 1));
  });

  it('draws a bar for each bin with predictions, none for the empty ones', () => {
    const canvas = drawReliabilityChart(reliabilityOf(judged), 'TEST');
    const blueAt = (x: number, y: number) => {
      const i = (y * canvas.width + x) * 3;
      return canvas.pixels[i] === 146 && canvas.pixels[i + 1] === 180 && canvas.pixels[i + 2] === 222;
    };
    // Just above the baseline (y 332) in the middle of bin 0.3-0.4 (all right) and of the empty bin 0.0-0.1.
    expect(blueAt(96 + Math.round(0.35 * 516), 328)).toBe(true);
    expect(blueAt(96 + Math.round(0.05 * 516), 328)).toBe(false);
  });

  it('draws an empty chart for no judgment', () => {
    expect(drawReliabilityChart(reliabilityOf([]), 'NONE').pixels.length).toBe(640 * 480 * 3);
  });
});
