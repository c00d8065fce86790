// The small HTTP vocabulary the API's handlers speak, whatever serves them: a response as
// plain data, and the error that carries a status.

export interface ApiResponse {
  status: number;
  /** Sent as JSON. */
  body: unknown;
  headers?: Record<string, string>;
}

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
