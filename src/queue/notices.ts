// What the queue machinery has to tell whoever runs it (serve's log, a worker's log):
// typed events, printed by src/report/ like every other line letscode writes.

export type QueueNotice =
  /** A callback delivery failed; `final` when no attempt is left. */
  | { type: 'callback-failed'; id: string; error: string; final: boolean }
  /** The Redis connection dropped: commands wait while it reconnects, for up to `giveUpMs`. */
  | { type: 'redis-lost'; url: string; reason: string; giveUpMs: number }
  | { type: 'redis-back'; url: string; downMs: number };
