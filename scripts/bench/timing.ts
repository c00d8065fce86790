// Timing helpers for the benchmark: run a command and measure it from spawn to exit,
// and summarise repeated samples. Times are wall-clock milliseconds on the
// high-resolution clock shared with child processes (performance.timeOrigin + now()).

import { spawn } from 'node:child_process';

/** Milliseconds since the epoch, sub-millisecond precision, comparable across processes. */
export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}

export interface CommandRun {
  startedMs: number;
  endedMs: number;
  elapsedMs: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
}

/** Children still running, so an interrupted benchmark can stop them. */
export const liveChildren = new Set<import('node:child_process').ChildProcess>();

/** Runs argv to completion; elapsedMs covers spawn to the 'close' event (process start to exit). */
export function runCommand(argv: readonly string[], options: CommandOptions = {}): Promise<CommandRun> {
  const [file, ...args] = argv;
  if (!file) throw new Error('runCommand: empty argv');
  return new Promise((resolve, reject) => {
    const startedMs = nowMs();
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    liveChildren.add(child);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      liveChildren.delete(child);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      const endedMs = nowMs();
      liveChildren.delete(child);
      resolve({
        startedMs,
        endedMs,
        elapsedMs: endedMs - startedMs,
        exitCode,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Like runCommand, but a non-zero exit is an error that shows what the command said. */
export async function runChecked(argv: readonly string[], options: CommandOptions = {}): Promise<CommandRun> {
  const run = await runCommand(argv, options);
  if (run.exitCode !== 0) {
    const said = (run.stderr || run.stdout).trim().split('\n').slice(-8).join('\n');
    throw new Error(`\`${argv.join(' ')}\` failed (exit ${run.exitCode ?? run.signal})${said ? `:\n${said}` : ''}`);
  }
  return run;
}

export interface Summary {
  samples: number[];
  median: number;
  min: number;
  max: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarize(samples: readonly number[]): Summary {
  return { samples: [...samples], median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}
