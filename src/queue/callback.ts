// callbackUrl: the finished submission is POSTed there as JSON (the GET /v1/submissions/:id
// document). A delivery that fails (no answer within the timeout, a status other than 2xx)
// is retried with exponential backoff: CALLBACK_ATTEMPTS tries, 1 s, 2 s, 4 s ... apart.

import { errorMessage } from '../errors.js';
import type { SubmissionView } from './submissions.js';

export const CALLBACK_ATTEMPTS = 5;
export const CALLBACK_TIMEOUT_MS = 10_000;

/** Only http(s) URLs; anything else is refused when the submission comes in. */
export function isCallbackUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** One delivery; throws with the reason when the receiver did not take it. */
export async function postCallback(url: string, view: SubmissionView, timeoutMs = CALLBACK_TIMEOUT_MS): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'letscode' },
      body: JSON.stringify(view),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
  } catch (error) {
    throw new Error(`callback ${url}: ${errorMessage((error as { cause?: unknown }).cause ?? error)}`);
  }
  await response.body?.cancel();
  if (response.status < 200 || response.status >= 300) throw new Error(`callback ${url}: answered ${response.status}`);
}
