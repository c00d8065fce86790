// callbackUrl: the finished submission is POSTed there as JSON (the GET /v1/submissions/:id
// document). A delivery that fails (no answer within the timeout, a status other than 2xx)
// is retried with exponential backoff: CALLBACK_ATTEMPTS tries, 1 s, 2 s, 4 s ... apart.

import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tlsCertificates } from '../common/tls-certificates.js';
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
  let status: number;
  try {
    status = await postJson(new URL(url), JSON.stringify(view), timeoutMs);
  } catch (error) {
    throw new Error(`callback ${url}: ${errorMessage(error)}`);
  }
  if (status < 200 || status >= 300) throw new Error(`callback ${url}: answered ${status}`);
}

/**
 * The POST on node:http(s) rather than fetch: an https receiver may have a certificate of a
 * private CA named in NODE_EXTRA_CA_CERTS, which Node 20's fetch cannot be given (its `ca`
 * comes from tlsCertificates()). Redirects are not followed: a 3xx is a failed delivery.
 */
function postJson(url: URL, body: string, timeoutMs: number): Promise<number> {
  const secure = url.protocol === 'https:';
  const ca = secure ? tlsCertificates() : undefined;
  const send = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'User-Agent': 'letscode' },
      ...(ca ? { ca } : {}),
    }, (response) => {
      response.on('error', reject);
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.resume();
    });
    // The whole delivery, not one read: a receiver that trickles is cut off too.
    const timer = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    request.on('close', () => clearTimeout(timer));
    request.on('error', reject);
    request.end(body);
  });
}
