// Failures are the infrastructure's and are retried; verdicts are the contestant's and are
// final on the first try. A submission gets ATTEMPTS tries (BullMQ's `attempts`), waiting
// BACKOFF_BASE_MS, then twice that, and so on between them (its exponential backoff), so
// a worker whose Docker just died is not asked again at once and another may take the job.

export const ATTEMPTS = 3;
export const BACKOFF_BASE_MS = 1000;

/** The wait before attempt `attempt + 1` after attempt `attempt` (1-based) failed. */
export function backoffMs(attempt: number, baseMs = BACKOFF_BASE_MS): number {
  return baseMs * 2 ** Math.max(0, attempt - 1);
}
