// Durations, sizes and counts in words, the way every message of letscode writes them:
// the judge's verdict details and the reporters' tables alike.

/** "12 ms", "1.25 s", "12.3 s", "2 min 5 s". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '-';
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 9.995) return `${seconds.toFixed(2)} s`;
  if (seconds < 59.95) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** "512 B", "812 KiB", "3.1 MiB", "256 MiB": one decimal below 10, whole numbers above. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '-';
  let unit = 0;
  let value = bytes;
  while (unit < BYTE_UNITS.length - 1 && roundForDisplay(value, unit) >= 1024) {
    value /= 1024;
    unit += 1;
  }
  const shown = roundForDisplay(value, unit);
  const text = unit > 0 && shown < 10 ? shown.toFixed(1) : String(shown);
  return `${text} ${BYTE_UNITS[unit]}`;
}

function roundForDisplay(value: number, unit: number): number {
  return unit > 0 && value < 9.95 ? Math.round(value * 10) / 10 : Math.round(value);
}

/** "1 test", "3 tests". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A score as people read it: 65, 33.33; unknown (a judge error) is "?". */
export function formatScore(score: number | null): string {
  if (score === null) return '?';
  return String(Math.round(score * 100) / 100);
}

/** "65/100", "?/100". */
export function formatScoreOf(score: number | null, maxScore: number): string {
  return `${formatScore(score)}/${formatScore(maxScore)}`;
}
