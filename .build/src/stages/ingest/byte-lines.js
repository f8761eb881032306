/**
 * Splits a stream of byte chunks into lines (1-based numbers; `\n` ends a line, a `\r` before it
 * is dropped) without holding more than one line at a time. A line longer than `maxLineBytes` is
 * skipped to its end and reported as `too-long`, so one runaway line never fills memory. Lines are
 * split as bytes and decoded one by one, so an encoding error stays within its line.
 *
 * @example
 * for await (const line of splitByteLines(createReadStream('a.jsonl'), 1e8)) ...
 */
export async function* splitByteLines(chunks, maxLineBytes) {
    let pending = [];
    let pendingBytes = 0;
    let overflow = false;
    let number = 0;
    const finish = (tail) => {
        number++;
        if (overflow || pendingBytes + tail.length > maxLineBytes) {
            pending = [];
            pendingBytes = 0;
            overflow = false;
            return { kind: 'too-long', number };
        }
        let bytes = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
        pending = [];
        pendingBytes = 0;
        if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d)
            bytes = bytes.subarray(0, bytes.length - 1);
        return { kind: 'line', number, bytes };
    };
    for await (const chunk of chunks) {
        let start = 0;
        for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
            yield finish(chunk.subarray(start, nl));
            start = nl + 1;
        }
        if (start < chunk.length) {
            const rest = chunk.subarray(start);
            if (overflow || pendingBytes + rest.length > maxLineBytes) {
                overflow = true;
                pending = [];
                pendingBytes = 0;
            }
            else {
                pending.push(new Uint8Array(rest));
                pendingBytes += rest.length; // copied: the stream may reuse its buffer
            }
        }
    }
    if (pendingBytes > 0 || overflow)
        yield finish(new Uint8Array(0));
}
