import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ingestError } from './input-reader.js';
import { fileSource, streamSource } from './input-source.js';
/**
 * The sources named by command-line inputs, in order: `-` (or no input at all) is standard input;
 * a folder is walked recursively in sorted order, skipping hidden files and folders; a missing
 * input gives an INPUT_NOT_FOUND error in its place, and the rest still follow.
 *
 * @example
 * for await (const s of listInputSources(['news/', 'extra.txt'], process.stdin)) ...
 */
export async function* listInputSources(inputs, stdin) {
    const named = inputs.length === 0 ? ['-'] : inputs;
    for (const input of named) {
        if (input === '-') {
            yield streamSource(stdin);
            continue;
        }
        let info;
        try {
            info = await stat(input);
        }
        catch (e) {
            yield notFound(input, e);
            continue;
        }
        if (info.isDirectory()) {
            let found = 0;
            for await (const item of walkFolder(input, new Set([await realpath(input)]))) {
                found++;
                yield item;
            }
            if (found === 0)
                yield ingestError('INPUT_EMPTY', 'folder holds no input files', input);
        }
        else if (info.isFile()) {
            yield fileSource(input, info.size);
        }
        else {
            // A pipe or device (`<(cat a.txt)`, /dev/stdin): read as a stream of unknown size.
            yield streamSource(createReadStream(input), basename(input), input);
        }
    }
}
async function* walkFolder(folder, seen) {
    let names;
    try {
        names = (await readdir(folder)).filter((n) => !n.startsWith('.')).sort(byCodeUnits);
    }
    catch (e) {
        yield notFound(folder, e);
        return;
    }
    for (const name of names) {
        const path = join(folder, name);
        let info;
        try {
            info = await stat(path);
        }
        catch (e) {
            yield notFound(path, e); // e.g. a dangling symbolic link
            continue;
        }
        if (info.isDirectory()) {
            const real = await realpath(path);
            if (seen.has(real))
                continue; // a link back up the tree
            yield* walkFolder(path, new Set([...seen, real]));
        }
        else if (info.isFile()) {
            yield fileSource(path, info.size);
        }
    }
}
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function notFound(input, e) {
    const code = e?.code;
    const reason = code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder'
        : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
            : `cannot read (${String(code ?? e?.message ?? e)})`;
    return ingestError('INPUT_NOT_FOUND', reason, input);
}
