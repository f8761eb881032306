export function processIo() {
    return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}
/** Writes one diagnostic line to standard error, prefixed with the program name. */
export function warn(io, line) {
    io.stderr.write(`parley: ${line}\n`);
}
