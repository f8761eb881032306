import { PassThrough, Readable } from 'node:stream';
import { createCoder, type Coder } from '../../src/cli/coder.js';
import { main } from '../../src/cli/main.js';

let shared: Coder | null = null;

/** One coder for the whole test run: building it loads every table once. */
export function sharedCoder(): Coder {
  shared ??= createCoder();
  return shared;
}

/** Runs the command line in process and collects what it printed. */
export async function runCli(argv: string[], stdinText = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => { out += d; });
  stderr.on('data', (d) => { err += d; });
  const code = await main(argv, { stdout, stderr, stdin: Readable.from([stdinText]) }, sharedCoder);
  return { code, stdout: out, stderr: err };
}
