/**
 * An error Parley knows how to report: a stable code, the stage and the input it concerns, and
 * (for line-oriented inputs) the line. The runner decides whether to skip the input or abort.
 *
 * @example
 * throw new ParleyError('INPUT_EMPTY', 'file is empty', { stage: 'ingest', input: 'a.txt' })
 */
export class ParleyError extends Error {
    code;
    stage;
    input;
    line;
    docId;
    constructor(code, message, where = {}) {
        super(message, where.cause === undefined ? undefined : { cause: where.cause });
        this.name = 'ParleyError';
        this.code = code;
        this.stage = where.stage;
        this.input = where.input;
        this.line = where.line;
        this.docId = where.docId;
    }
    /** One line for standard error: `parley: a.jsonl:3: INPUT_JSONL: line is not valid JSON`. */
    oneLine() {
        const place = this.input ? `${this.input}${this.line !== undefined ? `:${this.line}` : ''}: ` : '';
        return `${place}${this.code}: ${this.message.replace(/\s*\n\s*/g, ' ')}`;
    }
}
export function isParleyError(e) {
    return e instanceof ParleyError;
}
