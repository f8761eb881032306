import type { CommandIo } from './io.js';

/** Progress of a long run on standard error. */
export interface Progress {
  tick(stored: number, skipped: number, events: number): void;
  clear(): void;
}

/**
 * On a terminal, one line redrawn at most 5 times a second (articles/s, events); otherwise a
 * plain log line every 1,000 articles.
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
  const line = (stored: number, skipped: number, events: number) => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    return `parley: ${stored} articles stored (${(stored / seconds).toFixed(0)}/s), ${skipped} already there, ${events} new events, ${seconds.toFixed(0)} s`;
  };
  return {
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
