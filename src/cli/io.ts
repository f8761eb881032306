import type { Readable, Writable } from 'node:stream';

/** The streams a command talks to; tests pass their own. */
export interface CommandIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: Readable;
}

export function processIo(): CommandIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}

/** Writes one diagnostic line to standard error, prefixed with the program name. */
export function warn(io: CommandIo, line: string): void {
  io.stderr.write(`parley: ${line}\n`);
}
