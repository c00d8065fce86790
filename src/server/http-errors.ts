// One mapping from what a handler (or Fastify itself) threw onto the status and body the
// client gets: `{"error": "one line"}` always, never a stack. A 500 is a bug in letscode
// and is handed to onInternalError with its stack.

import { DockerError, UserFacingError, errorMessage } from '../errors.js';
import { HttpError, type ApiResponse } from './http-types.js';
import { QueueClosedError, QueueTimeoutError } from './queue.js';

/** Fastify's own errors for a body it would not read, in our words. */
function fastifyError(error: { code?: string; statusCode?: number; message: string }, maxBodyBytes: number): ApiResponse | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: { error: `the body is larger than ${maxBodyBytes} bytes (start the server with a larger --max-body)` } };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, body: { error: 'send the body as JSON with Content-Type: application/json' } };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, body: { error: `the body is not valid JSON: ${error.message}` } };
    default:
      // Any other client error Fastify raises (a bad Content-Length, a URL it cannot parse).
      return error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? { status: error.statusCode, body: { error: error.message } } : null;
  }
}

export function errorResponse(error: unknown, options: { maxBodyBytes?: number; onInternalError?: (error: unknown) => void } = {}): ApiResponse {
  if (error instanceof HttpError) return { status: error.status, body: { error: error.message }, headers: error.headers };
  if (error instanceof QueueTimeoutError) {
    return { status: 503, body: { error: error.message }, headers: { 'Retry-After': String(error.retryAfterSeconds) } };
  }
  if (error instanceof QueueClosedError || error instanceof DockerError) return { status: 503, body: { error: error.message } };
  // A solution folder without a main file, a problem that does not load: the request's fault.
  if (error instanceof UserFacingError) return { status: 422, body: { error: error.message } };
  if (error instanceof Error) {
    const known = fastifyError(error as Error & { code?: string; statusCode?: number }, options.maxBodyBytes ?? 0);
    if (known) return known;
  }
  options.onInternalError?.(error);
  return { status: 500, body: { error: `internal error: ${errorMessage(error)}` } };
}
