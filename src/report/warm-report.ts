// What the warm-path commands say: a helper's status, and the one line a judge command
// prints when the helper went away mid-way and it judges again the usual way.

import { formatMs } from '../common/format-units.js';
import type { Terminal } from './terminal.js';

export interface HelperStatus {
  pid: number;
  buildId: string;
  uptimeMs: number;
  idleMs: number;
  requests: number;
}

export function printHelperStatus(terminal: Terminal, status: HelperStatus | null, socket: string): void {
  if (!status) {
    terminal.stdout.write(`no warm helper runs (the next \`letscode judge\` starts one; socket ${socket})\n`);
    return;
  }
  const idle = status.idleMs > 0 ? `idle for ${formatMs(status.idleMs)}` : 'judging now';
  terminal.stdout.write(`warm helper ${status.buildId}: pid ${status.pid}, up ${formatMs(status.uptimeMs)}, ${status.requests} judged, ${idle} (socket ${socket})\n`);
}

export function printHelperStopped(terminal: Terminal, stopped: boolean): void {
  terminal.stdout.write(stopped ? 'warm helper stopped; its boxes are removed\n' : 'no warm helper runs\n');
}

export function printHelperGone(terminal: Terminal, reason: string): void {
  terminal.stderr.write(terminal.chalk.dim(`${reason}: judging without it\n`));
}
