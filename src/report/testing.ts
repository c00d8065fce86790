// Test support: a fake terminal that records what reporters write. For unit tests here
// and elsewhere (e.g. CLI tests that drive reporters).

import { Chalk } from 'chalk';
import type { Terminal, TextStream } from './terminal.js';

export interface CapturedTerminal {
  terminal: Terminal;
  /** Everything written to stdout so far. */
  stdout(): string;
  stderr(): string;
}

export interface CaptureOptions {
  color?: boolean;
  isTTY?: boolean;
  columns?: number;
}

/** Not a TTY, no colour, no spinner stream unless asked. */
export function captureTerminal(options: CaptureOptions = {}): CapturedTerminal {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (sink: string[]): TextStream => ({
    write(chunk: string) {
      sink.push(chunk);
      return true;
    },
    isTTY: options.isTTY ?? false,
  });
  const color = options.color ?? false;
  return {
    terminal: {
      stdout: stream(out),
      stderr: stream(err),
      isTTY: options.isTTY ?? false,
      color,
      chalk: new Chalk({ level: color ? 1 : 0 }),
      spinnerStream: undefined,
      columns: options.columns ?? 100,
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
