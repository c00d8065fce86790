// A judge refuses a submission larger than the problem's code limit (Kattis limits.code,
// 128 KiB by default) before it runs: an example submission over it could never get its
// verdict in a contest. problemtools calls that an error; here it is a warning, since the
// submission is judged anyway and its verdicts still say something.

import type { ProgramSource } from '../languages/prepare.js';
import { formatBytes } from '../common/format-units.js';

export function sourceBytes(source: ProgramSource): number {
  return Buffer.isBuffer(source) ? source.length : source.files.reduce((sum, file) => sum + file.data.length, 0);
}

/** The warning for a submission over the limit; null within it or without a limit. */
export function codeSizeWarning(source: ProgramSource, codeLimitBytes: number | undefined): string | null {
  if (codeLimitBytes === undefined) return null;
  const bytes = sourceBytes(source);
  if (bytes <= codeLimitBytes) return null;
  return `its source is ${formatBytes(bytes)}, over the problem's code limit of ${formatBytes(codeLimitBytes)}: a judge would refuse it`;
}
