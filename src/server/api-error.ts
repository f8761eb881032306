import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Stable codes of the API's error bodies: clients switch on these, never on messages. */
export type ApiErrorCode =
  | 'INVALID_PARAMETER'
  | 'UNKNOWN_PARAMETER'
  | 'INVALID_BODY'
  | 'NOT_FOUND'
  | 'UNAUTHORIZED'
  | 'READ_ONLY'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL';

/**
 * A request the API refuses: an HTTP status, a stable code, a message for people and, when a
 * parameter is at fault, its name. The app's error handler turns it into
 * `{"error": {"code", "message", "parameter"?}}`.
 *
 * @example
 * throw new ApiError(400, 'INVALID_PARAMETER', "'limit' must be a whole number from 1 to 1000, not 'x'", 'limit')
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ApiErrorCode;
  readonly parameter: string | undefined;

  constructor(status: ContentfulStatusCode, code: ApiErrorCode, message: string, parameter?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.parameter = parameter;
  }
}

/** A 400 naming the parameter at fault. */
export function invalidParameter(parameter: string, message: string): ApiError {
  return new ApiError(400, 'INVALID_PARAMETER', message, parameter);
}

/**
 * The JSON error response for `error`.
 *
 * @example
 * return errorResponse(c, new ApiError(404, 'NOT_FOUND', 'no article 12'));
 */
export function errorResponse(c: Context, error: ApiError): Response {
  const body = { error: { code: error.code, message: error.message, ...(error.parameter !== undefined ? { parameter: error.parameter } : {}) } };
  return c.json(body, error.status);
}
