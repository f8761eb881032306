import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Where command output goes: standard output or `--out FILE`, with back-pressure respected. */
export interface OutputSink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export function openSink(out: string | undefined, stdout: Writable = process.stdout): OutputSink {
  const stream: Writable = out ? createWriteStream(out) : stdout;
  return {
    async write(text: string) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close() {
      if (out) {
        stream.end();
        await once(stream, 'finish');
      }
    },
  };
}
