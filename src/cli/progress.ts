import type { CommandIo } from './io.js';

/** Progress of a long run on standard error. */
export interface Progress {
  tick(stored: number, skipped: number, events: number): void;
  /** How many articles there are in all, when known: the terminal line then shows an ETA. */
  expect(total: number | null): void;
  readonly tty: boolean;
  clear(): void;
}

/**
 * On a terminal, one line redrawn at most 5 times a second (articles/s, events, ETA when the
 * total is known); otherwise a plain log line every 1,000 articles.
 *
 * @example
 * const p = createProgress(io); p.tick(10, 0, 42); p.clear();
 */
export function createProgress(io: CommandIo): Progress {
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  const started = Date.now();
  let last = 0;
  let shown = false;
  let logged = 0;
  let total: number | null = null;
  const line = (stored: number, skipped: number, events: number) => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const rate = stored / seconds;
    const done = stored + skipped;
    const eta = total !== null && rate > 0 && done <= total ? `, ETA ${clock((total - done) / ((done || 1) / seconds))}` : '';
    const of = total !== null ? `${done}/${total} articles` : `${done} articles`;
    return `parley: ${of}: ${stored} stored (${rate.toFixed(0)}/s), ${skipped} already there, ${events} new events, ${clock(seconds)}${eta}`;
  };
  return {
    tty,
    expect(n) {
      total = n;
    },
    tick(stored, skipped, events) {
      if (tty) {
        const now = Date.now();
        if (now - last < 200) return;
        last = now;
        io.stderr.write(`\r${line(stored, skipped, events)}\x1b[K`);
        shown = true;
      } else if (stored + skipped >= logged + 1000) {
        logged = stored + skipped;
        io.stderr.write(`${line(stored, skipped, events)}\n`);
      }
    },
    clear() {
      if (shown) io.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

/** Seconds as "42 s", "3 min 05 s" or "1 h 02 min". */
function clock(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}
