// The small HTTP vocabulary the API is written in: a request with a lazily read JSON body,
// a response as plain data, handlers between them, and the error that carries a status.

import type { IncomingHttpHeaders } from 'node:http';

export interface ApiRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  headers: IncomingHttpHeaders;
  /** Reads and parses the JSON body; throws HttpError 415 (not JSON), 413 (too large) or 400 (malformed). */
  json(): Promise<unknown>;
  /** Aborted when the client goes away before the response. */
  signal: AbortSignal;
}

export interface ApiResponse {
  status: number;
  /** Sent as JSON. */
  body: unknown;
  headers?: Record<string, string>;
}

export type Handler = (request: ApiRequest) => Promise<ApiResponse>;

/** An error with the status it answers with; its message becomes `{"error": message}`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
