// Follows one submission's events (GET /v1/submissions/:id/events) until its final event,
// reconnecting with Last-Event-ID when the connection drops, so no event is missed or
// shown twice. When the server stays away the page says so; the code is safe in the editor.

import { ApiFailure, authHeaders, failureOf, OFFLINE_MESSAGE } from './api.js';
import { SseParser } from './sse-parser.js';
import type { SubmissionEvent } from './wire.js';

const RECONNECT_TRIES = 8;
const RECONNECT_DELAY_MS = 1000;

export async function followSubmission(id: string, onEvent: (event: SubmissionEvent) => void, signal: AbortSignal): Promise<SubmissionEvent> {
  let lastEventId = '';
  let failures = 0;
  for (;;) {
    try {
      const final = await readStream(id, lastEventId, (event, eventId) => {
        lastEventId = eventId;
        failures = 0;
        onEvent(event);
      }, signal);
      if (final) return final;
    } catch (error) {
      if (signal.aborted || (error instanceof ApiFailure && error.kind !== 'offline')) throw error;
    }
    if (++failures > RECONNECT_TRIES) throw new ApiFailure('offline', OFFLINE_MESSAGE);
    await delay(RECONNECT_DELAY_MS, signal);
  }
}

/** Reads until the stream ends; the final event if it came. */
async function readStream(id: string, lastEventId: string, onEvent: (event: SubmissionEvent, eventId: string) => void, signal: AbortSignal): Promise<SubmissionEvent | undefined> {
  let response: Response;
  try {
    response = await fetch(`/v1/submissions/${encodeURIComponent(id)}/events`, {
      headers: { ...authHeaders(), Accept: 'text/event-stream', ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) },
      cache: 'no-store',
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ApiFailure('offline', OFFLINE_MESSAGE);
  }
  if (response.status === 404) throw new ApiFailure('refused', 'The server no longer knows this submission (was it restarted?): submit again.', 404);
  if (!response.ok || !response.body) throw failureOf(response.status, await response.json().catch(() => undefined));
  const parser = new SseParser();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return undefined;
      for (const message of parser.push(value)) {
        const event = JSON.parse(message.data) as SubmissionEvent;
        onEvent(event, message.lastEventId);
        if (event.type === 'done' || event.type === 'failed') return event;
      }
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    }, { once: true });
  });
}
