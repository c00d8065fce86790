// A submission's events as an async iterable: what happened after `afterId`, then each new
// event as it comes, until the final one or until the reader goes away. Both queues keep a
// history and announce new events; this turns the two into one stream.

import { isFinalEvent, type StoredEvent } from './submission-events.js';

export interface EventSource {
  /** Events after `afterId` (all with null), in order; `over` once the final event is in the history. */
  read(afterId: string | null): Promise<{ events: StoredEvent[]; over: boolean }>;
  /** Resolves when there may be new events (or after `timeoutMs`, to look again anyway). */
  changed(timeoutMs: number, signal: AbortSignal): Promise<void>;
}

/** Readers look again this often even without news, so a lost wake-up delays, never hangs. */
export const POLL_FALLBACK_MS = 2000;

export async function* followEvents(source: EventSource, afterId: string | null, signal: AbortSignal): AsyncGenerator<StoredEvent> {
  let last = afterId;
  while (!signal.aborted) {
    const changed = source.changed(POLL_FALLBACK_MS, signal);
    const { events, over } = await source.read(last);
    for (const stored of events) {
      yield stored;
      last = stored.id;
      if (isFinalEvent(stored.event)) return;
    }
    // The final event came before `afterId`: a reader that saw it reconnected.
    if (over) return;
    await changed;
  }
}
