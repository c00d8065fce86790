// Talking to the letscode server: JSON in and out, the Bearer token when the server wants
// one, and every way a request can fail turned into one sentence for the page (never a
// stack trace, never a blank screen).

const TOKEN_KEY = 'letscode.token';

export type FailureKind = 'offline' | 'token' | 'refused' | 'server';

/** A request that did not give what was asked; `message` is fit to show as it is. */
export class ApiFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export const OFFLINE_MESSAGE = 'The letscode server does not answer (was it stopped?). Your code is kept in this browser: start `letscode serve` again, then retry.';

export function savedToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function saveToken(token: string): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

export function authHeaders(): Record<string, string> {
  const token = savedToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await request<T>(path, { method: 'GET', headers: authHeaders(), signal })).body;
}

export async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<{ status: number; body: T }> {
  return request<T>(path, { method: 'POST', headers: { ...authHeaders(), 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal });
}

async function request<T>(path: string, init: RequestInit): Promise<{ status: number; body: T }> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, cache: 'no-store', credentials: 'same-origin' });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiFailure('offline', OFFLINE_MESSAGE);
  }
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  // A judge error (500 with a report) still carries the document the page shows.
  if (response.ok || (response.status === 500 && isReport(body))) return { status: response.status, body: body as T };
  throw failureOf(response.status, body);
}

function isReport(body: unknown): boolean {
  return typeof body === 'object' && body !== null && ('verdict' in body || 'status' in body) && !('error' in body && Object.keys(body).length === 1);
}

export function failureOf(status: number, body: unknown): ApiFailure {
  const said = typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string' ? body.error : undefined;
  if (status === 401) return new ApiFailure('token', 'This server needs its token (serve --token): enter it under "Server token" and retry.', status);
  if (status === 413) return new ApiFailure('refused', `The code is larger than this server accepts: ${said ?? 'make it smaller, or restart the server with a larger --max-body'}.`, status);
  if (status >= 400 && status < 500) return new ApiFailure('refused', said ?? `The server refused the request (HTTP ${status}).`, status);
  return new ApiFailure('server', said ? `The server failed: ${said}` : `The server failed (HTTP ${status}); see its log.`, status);
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiFailure) return error.message;
  return `Something went wrong in the page: ${error instanceof Error ? error.message : String(error)}`;
}
