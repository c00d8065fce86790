// Finished jobs per minute from BullMQ's metrics. BullMQ keeps one count per whole minute
// (`data`, newest first), but pushes a minute's count only when a job finishes in a later
// minute: the jobs of the minute of the last push so far (`meta.count - meta.prevCount`, in
// the minute of `meta.prevTS`) are in no data point yet. Read as it is, a burst of 4 jobs
// shows as 0 or 1 "in the last minute", and stays so while the queue is idle.

export interface MinuteMetrics {
  meta: { count: number; prevTS: number; prevCount: number };
  /** data[k]: the jobs finished in minute (minute of prevTS) - 1 - k. */
  data: number[];
}

const MINUTE_MS = 60_000;

/** Jobs finished per minute over the last `minutes` minutes before `nowMs` (the oldest minute pro rata). */
export function finishedPerMinute(metrics: readonly MinuteMetrics[], nowMs: number, minutes: number): number {
  const nowMinute = Math.floor(nowMs / MINUTE_MS);
  const elapsed = (nowMs % MINUTE_MS) / MINUTE_MS;
  let total = 0;
  for (const { meta, data } of metrics) {
    if (meta.prevTS === 0) continue;
    const pendingMinute = Math.floor(meta.prevTS / MINUTE_MS);
    const inMinute = (minute: number): number => {
      if (minute === pendingMinute) return meta.count - meta.prevCount;
      if (minute > pendingMinute) return 0;
      return data[pendingMinute - 1 - minute] ?? 0;
    };
    // The current minute so far, the whole minutes before it, and the share of the oldest one
    // that falls inside the window.
    for (let k = 0; k < minutes; k++) total += inMinute(nowMinute - k);
    total += inMinute(nowMinute - minutes) * (1 - elapsed);
  }
  return Math.round((total / minutes) * 10) / 10;
}
