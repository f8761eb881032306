import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

function terminal(tty: boolean): { io: { stdout: PassThrough; stderr: PassThrough; stdin: Readable }; text: () => string } {
  const stderr = Object.assign(new PassThrough(), { isTTY: tty });
  let text = '';
  stderr.on('data', (d) => { text += d; });
  return { io: { stdout: new PassThrough(), stderr, stdin: Readable.from(['']) }, text: () => text };
}

describe('ingest progress', () => {
  it('shows articles, rate, events and an ETA on a terminal when the total is known', () => {
    const t = terminal(true);
    const p = createProgress(t.io);
    p.expect(100);
    p.tick(10, 2, 40);
    expect(t.text()).toMatch(/12\/100 articles: 10 stored \(\d+\/s\), 2 already there, 40 new events, \d+ s, ETA/);
    p.clear();
    expect(t.text().endsWith('\r\x1b[K')).toBe(true);
  });

  it('writes plain log lines every 1,000 articles when not on a terminal', () => {
    const t = terminal(false);
    const p = createProgress(t.io);
    for (let i = 1; i <= 2500; i++) p.tick(i, 0, i * 3);
    expect(t.text().split('\n').filter(Boolean)).toHaveLength(2);
    expect(t.text()).not.toContain('\r');
  });
});
