import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
export function openSink(out, stdout = process.stdout) {
    const stream = out ? createWriteStream(out) : stdout;
    return {
        async write(text) {
            if (!stream.write(text))
                await once(stream, 'drain');
        },
        async close() {
            if (out) {
                stream.end();
                await once(stream, 'finish');
            }
        },
    };
}
