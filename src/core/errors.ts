/** Stable error codes: scripts and the runner switch on these, never on messages. */
export type ParleyErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_HTML'
  | 'INPUT_JSONL'
  | 'INPUT_FORMAT'
  | 'INPUT_FEED'
  | 'INPUT_UNREACHABLE'
  | 'LEXICON_INVALID'
  | 'PIPELINE_INVALID'
  | 'STAGE_FAILED'
  | 'STORE_INVALID'
  | 'STORE_VERSION'
  | 'FEED_UNREACHABLE'
  | 'WARC_RECORD'
  | 'USAGE';

/**
 * An error Parley knows how to report: a stable code, the stage and the input it concerns, and
 * (for line-oriented inputs) the line. The runner decides whether to skip the input or abort.
 *
 * @example
 * throw new ParleyError('INPUT_EMPTY', 'file is empty', { stage: 'ingest', input: 'a.txt' })
 */
export class ParleyError extends Error {
  readonly code: ParleyErrorCode;
  readonly stage: string | undefined;
  readonly input: string | undefined;
  readonly line: number | undefined;
  readonly docId: string | undefined;

  constructor(
    code: ParleyErrorCode,
    message: string,
    where: { stage?: string; input?: string; line?: number; docId?: string; cause?: unknown } = {},
  ) {
    super(message, where.cause === undefined ? undefined : { cause: where.cause });
    this.name = 'ParleyError';
    this.code = code;
    this.stage = where.stage;
    this.input = where.input;
    this.line = where.line;
    this.docId = where.docId;
  }

  /** One line for standard error: `parley: a.jsonl:3: INPUT_JSONL: line is not valid JSON`. */
  oneLine(): string {
    const place = this.input ? `${this.input}${this.line !== undefined ? `:${this.line}` : ''}: ` : '';
    return `${place}${this.code}: ${this.message.replace(/\s*\n\s*/g, ' ')}`;
  }
}

export function isParleyError(e: unknown): e is ParleyError {
  return e instanceof ParleyError;
}
