import { encodePng } from './png.js';
import { createCanvas, drawLine, drawText, fillDisc, fillRect, textWidth, type RasterCanvas, type Rgb } from './raster-canvas.js';
import type { Reliability } from './reliability.js';

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [34, 34, 34];
const MUTED: Rgb = [110, 110, 110];
const GRID: Rgb = [228, 228, 228];
const BAR: Rgb = [146, 180, 222];
const BAR_EDGE: Rgb = [62, 110, 170];
const POINT: Rgb = [200, 80, 40];
const COUNT_BAR: Rgb = [180, 180, 180];

/** The chart's size and the frames of its two panels, in pixels. */
const WIDTH = 640;
const HEIGHT = 480;
const PLOT = Object.freeze({ left: 96, right: 612, top: 64, bottom: 332 });
const HISTOGRAM = Object.freeze({ top: 350, bottom: 406 });

function percent(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)}%`;
}

/** Canvas x of a confidence, canvas y of a share, in the reliability panel. */
function xOf(confidence: number): number {
  return PLOT.left + confidence * (PLOT.right - PLOT.left);
}
function yOf(share: number): number {
  return PLOT.bottom - share * (PLOT.bottom - PLOT.top);
}

function drawFrame(canvas: RasterCanvas): void {
  for (let tick = 0; tick <= 5; tick++) {
    const v = tick / 5;
    drawLine(canvas, PLOT.left, yOf(v), PLOT.right, yOf(v), GRID);
    drawLine(canvas, xOf(v), PLOT.top, xOf(v), PLOT.bottom, GRID);
    drawText(canvas, `${tick * 20}%`, PLOT.left - 10, yOf(v) - 7, MUTED, { scale: 2, anchor: 'end' });
    drawText(canvas, v.toFixed(1), xOf(v), HISTOGRAM.bottom + 10, MUTED, { scale: 2, anchor: 'middle' });
    drawLine(canvas, xOf(v), HISTOGRAM.bottom, xOf(v), HISTOGRAM.bottom + 4, INK);
  }
  drawLine(canvas, xOf(0), yOf(0), xOf(1), yOf(1), MUTED, { width: 2, dash: 7 });
}

function drawBins(canvas: RasterCanvas, reliability: Reliability): void {
  for (const bin of reliability.bins) {
    if (bin.shareRight === null) continue;
    const x = xOf(bin.from) + 3;
    const w = xOf(bin.to) - xOf(bin.from) - 6;
    const top = yOf(bin.shareRight);
    fillRect(canvas, x, top, w, PLOT.bottom - top, BAR);
    drawLine(canvas, x, top, x + w, top, BAR_EDGE, { width: 2 });
  }
  // The diagonal again, over the bars, so the gap to it reads at a glance.
  drawLine(canvas, xOf(0), yOf(0), xOf(1), yOf(1), MUTED, { width: 2, dash: 7 });
  const points = reliability.bins.filter((bin) => bin.shareRight !== null && bin.meanConfidence !== null);
  points.forEach((bin, i) => {
    const next = points[i + 1];
    if (next) drawLine(canvas, xOf(bin.meanConfidence ?? 0), yOf(bin.shareRight ?? 0), xOf(next.meanConfidence ?? 0), yOf(next.shareRight ?? 0), POINT, { width: 2 });
  });
  for (const bin of points) fillDisc(canvas, xOf(bin.meanConfidence ?? 0), yOf(bin.shareRight ?? 0), 4, POINT);
}

function drawHistogram(canvas: RasterCanvas, reliability: Reliability): void {
  const most = Math.max(1, ...reliability.bins.map((bin) => bin.predictions));
  const height = HISTOGRAM.bottom - HISTOGRAM.top - 10;
  for (const bin of reliability.bins) {
    if (bin.predictions === 0) continue;
    const x = xOf(bin.from) + 3;
    const w = xOf(bin.to) - xOf(bin.from) - 6;
    const h = Math.max(1, Math.round((bin.predictions / most) * height));
    fillRect(canvas, x, HISTOGRAM.bottom - h, w, h, COUNT_BAR);
    drawText(canvas, String(bin.predictions), x + w / 2, HISTOGRAM.bottom - h - 9, INK, { anchor: 'middle' });
  }
  drawLine(canvas, PLOT.left, HISTOGRAM.bottom, PLOT.right, HISTOGRAM.bottom, INK);
}

function drawLegend(canvas: RasterCanvas): void {
  const y = 44;
  let x = PLOT.left;
  fillRect(canvas, x, y, 14, 8, BAR);
  drawLine(canvas, x, y, x + 14, y, BAR_EDGE, { width: 2 });
  drawText(canvas, 'SHARE RIGHT PER BIN', x + 20, y + 1, INK);
  x += 20 + textWidth('SHARE RIGHT PER BIN', 1) + 22;
  drawLine(canvas, x, y + 4, x + 16, y + 4, POINT, { width: 2 });
  fillDisc(canvas, x + 8, y + 4, 3, POINT);
  drawText(canvas, 'AT MEAN CONFIDENCE', x + 22, y + 1, INK);
  x += 22 + textWidth('AT MEAN CONFIDENCE', 1) + 22;
  drawLine(canvas, x, y + 4, x + 18, y + 4, MUTED, { width: 2, dash: 5 });
  drawText(canvas, 'PERFECT CALIBRATION', x + 24, y + 1, INK);
  drawText(canvas, 'PREDICTIONS PER BIN', PLOT.right, HISTOGRAM.top - 12, MUTED, { anchor: 'end' });
}

/**
 * Draws a reliability diagram, 640x480 RGB: share right per confidence bin as bars, the bins'
 * (mean confidence, share right) points, the diagonal of perfect calibration, and below it the
 * number of predictions per bin; the title carries the totals, the ECE and the share right at
 * high confidence.
 *
 * @example
 * const canvas = drawReliabilityChart(reliabilityOf(judged), 'DEV SUITES POOLED');
 */
export function drawReliabilityChart(reliability: Reliability, title: string): RasterCanvas {
  const canvas = createCanvas(WIDTH, HEIGHT, WHITE);
  drawText(canvas, `RELIABILITY: ${title}`, WIDTH / 2, 10, INK, { scale: 2, anchor: 'middle' });
  const high = reliability.highConfidence;
  const ece = reliability.ece === null ? '-' : reliability.ece.toFixed(3);
  drawText(canvas, `${reliability.predictions} PREDICTIONS, ECE ${ece}, CONFIDENCE >= ${high.threshold}: ${percent(high.shareRight)} RIGHT (${high.predictions})`, WIDTH / 2, 30, MUTED, { anchor: 'middle' });
  drawFrame(canvas);
  drawBins(canvas, reliability);
  drawHistogram(canvas, reliability);
  drawLine(canvas, PLOT.left, PLOT.top, PLOT.left, PLOT.bottom, INK);
  drawLine(canvas, PLOT.left, PLOT.bottom, PLOT.right, PLOT.bottom, INK);
  drawLegend(canvas);
  drawText(canvas, 'CONFIDENCE', (PLOT.left + PLOT.right) / 2, HEIGHT - 34, INK, { scale: 2, anchor: 'middle' });
  drawText(canvas, 'SHARE RIGHT', 14, (PLOT.top + PLOT.bottom) / 2, INK, { scale: 2, anchor: 'middle', vertical: true });
  return canvas;
}

/**
 * The reliability diagram as a PNG file.
 *
 * @example
 * writeFileSync('docs/reliability.png', reliabilityChartPng(reliabilityOf(judged), 'DEV SUITES POOLED'));
 */
export function reliabilityChartPng(reliability: Reliability, title: string): Uint8Array {
  return encodePng(drawReliabilityChart(reliability, title));
}
