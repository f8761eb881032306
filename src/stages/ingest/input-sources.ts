import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ParleyError } from '../../core/errors.js';
import { DEFAULT_MAX_BYTES, ingestError } from './input-reader.js';
import { fileSource, streamSource, type InputSource } from './input-source.js';
import { fetchUrlSource, isUrlInput, type UrlFetchOptions } from './url-source.js';

/**
 * The sources named by command-line inputs, in order: `-` (or no input at all) is standard input;
 * a folder is walked recursively in sorted order, skipping hidden files and folders; an http or
 * https URL is fetched (when the listing reaches it), its format declared by its Content-Type; a
 * missing input or an unreachable URL gives an error in its place, and the rest still follow.
 *
 * @example
 * for await (const s of listInputSources(['news/', 'https://news.example/rss'], process.stdin)) ...
 */
export async function* listInputSources(inputs: readonly string[], stdin: NodeJS.ReadableStream,
  fetching: UrlFetchOptions = { maxBytes: DEFAULT_MAX_BYTES }): AsyncGenerator<InputSource | ParleyError> {
  const named = inputs.length === 0 ? ['-'] : inputs;
  for (const input of named) {
    if (input === '-') {
      yield streamSource(stdin);
      continue;
    }
    if (isUrlInput(input)) {
      yield await fetchUrlSource(input, fetching);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (e) {
      yield notFound(input, e);
      continue;
    }
    if (info.isDirectory()) {
      let found = 0;
      for await (const item of walkFolder(input, new Set([await realpath(input)]))) {
        found++;
        yield item;
      }
      if (found === 0) yield ingestError('INPUT_EMPTY', 'folder holds no input files', input);
    } else if (info.isFile()) {
      yield fileSource(input, info.size);
    } else {
      // A pipe or device (`<(cat a.txt)`, /dev/stdin): read as a stream of unknown size.
      yield streamSource(createReadStream(input), basename(input), input);
    }
  }
}

async function* walkFolder(folder: string, seen: Set<string>): AsyncGenerator<InputSource | ParleyError> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => !n.startsWith('.')).sort(byCodeUnits);
  } catch (e) {
    yield notFound(folder, e);
    return;
  }
  for (const name of names) {
    const path = join(folder, name);
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      yield notFound(path, e); // e.g. a dangling symbolic link
      continue;
    }
    if (info.isDirectory()) {
      const real = await realpath(path);
      if (seen.has(real)) continue; // a link back up the tree
      yield* walkFolder(path, new Set([...seen, real]));
    } else if (info.isFile()) {
      yield fileSource(path, info.size);
    }
  }
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function notFound(input: string, e: unknown): ParleyError {
  const code = (e as { code?: unknown } | null)?.code;
  const reason = code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : `cannot read (${String(code ?? (e as Error)?.message ?? e)})`;
  return ingestError('INPUT_NOT_FOUND', reason, input);
}
