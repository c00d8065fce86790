// How every command reads its option values: one parser per kind, so `-t .5s` means the
// same to judge, run and verify, and a bad value gets the same one-line message
// everywhere (commander prints it and exits 2). Units read like problem.yaml's.

import { InvalidArgumentError, Option } from 'commander';
import type { BuiltinCheckerSpec } from '../checkers/checker.js';
import { availableParallelism } from 'node:os';
import { formatDurationMs, parseDurationMs, parseSizeBytes } from '../common/units.js';

const MiB = 1024 * 1024;

/** 2s, 1500ms, .5s or 2.5 (seconds), within the range. */
export function durationArgument(range: { minMs: number; maxMs: number }): (value: string) => number {
  return (value) => {
    const parsed = parseDurationMs(value);
    if (parsed.kind === 'invalid') throw new InvalidArgumentError(parsed.reason);
    if (parsed.value < range.minMs || parsed.value > range.maxMs) {
      throw new InvalidArgumentError(`expected a duration from ${formatDurationMs(range.minMs)} to ${formatDurationMs(range.maxMs)}`);
    }
    return parsed.value;
  };
}

/** 256MiB, 512MB (= MiB, as in statements), 1GiB or a bare number of MiB, within the range. */
export function sizeArgument(range: { minBytes: number; maxBytes: number }): (value: string) => number {
  return (value) => {
    const parsed = parseSizeBytes(value, 'MiB');
    if (parsed.kind === 'invalid') throw new InvalidArgumentError(parsed.reason);
    if (parsed.value < range.minBytes || parsed.value > range.maxBytes) {
      throw new InvalidArgumentError(`expected a size from ${sizeText(range.minBytes)} to ${sizeText(range.maxBytes)}`);
    }
    return parsed.value;
  };
}

/** A whole number within the range; `what` names it in the message ("a port"). */
export function integerArgument(range: { min: number; max?: number }, what = 'a whole number'): (value: string) => number {
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  const expected = range.max === undefined ? `expected ${what} of at least ${range.min}` : `expected ${what} from ${range.min} to ${range.max}`;
  return (value) => {
    const parsed = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(parsed) || parsed < range.min || parsed > max) throw new InvalidArgumentError(expected);
    return parsed;
  };
}

const WINDOW_MS: Record<string, number> = { s: 1000, sec: 1000, second: 1000, m: 60_000, min: 60_000, minute: 60_000, h: 3_600_000, hour: 3_600_000 };

/** "5/min", "100/hour", "2/s": so many per window (per second, minute or hour). */
export function rateLimitArgument(value: string): { max: number; windowMs: number } {
  const match = /^\s*(\d+)\s*\/\s*([a-z]+)\s*$/i.exec(value);
  const windowMs = match ? WINDOW_MS[match[2]!.toLowerCase()] : undefined;
  const max = match ? Number(match[1]) : NaN;
  if (windowMs === undefined || !Number.isSafeInteger(max) || max < 1) throw new InvalidArgumentError('expected a count per second, minute or hour, such as 5/min, 100/hour or 2/s');
  return { max, windowMs };
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * MiB ? `${bytes / (1024 * MiB)}GiB` : bytes >= MiB ? `${bytes / MiB}MiB` : `${bytes / 1024}KiB`;
}

/** `-t` of judge and verify: the problem's time limit, overridden. */
export function timeLimitOption(): Option {
  return new Option('-t, --time-limit <duration>', "override the problem's time limit (2s, 1500ms, .5s)").argParser(durationArgument({ minMs: 1, maxMs: 60_000 }));
}

/** `-j` of every command that runs things side by side. */
export function jobsOption(description: string): Option {
  return new Option('-j, --jobs <n>', description).argParser(integerArgument({ min: 1 }));
}

/** --redis-timeout's default: how long a lost Redis is waited for. */
export const REDIS_GIVE_UP_MS = 60_000;

/** --redis (or LETSCODE_REDIS_URL, which keeps a password out of the process list) and --redis-timeout. */
export function redisOptions(required: boolean): Option[] {
  const url = new Option('--redis <url>', `the queue's Redis: redis://[:password@]host[:port][/db] or rediss:// for TLS${required ? '' : ' (judge on workers)'}`).env('LETSCODE_REDIS_URL');
  if (required) url.makeOptionMandatory();
  const timeout = new Option('--redis-timeout <duration>', 'how long a lost Redis connection is waited for before giving up').argParser(durationArgument({ minMs: 1000, maxMs: 24 * 3_600_000 })).default(REDIS_GIVE_UP_MS, '60s');
  return [url, timeout];
}

/**
 * One box per core. CPU time, the limit that decides TLE, is measured per test and barely
 * moves when tests run side by side; wall time (limited only at 2x) does, so timing
 * studies should use --jobs 1.
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** A built-in checker by name; `float` takes a tolerance as float:1e-4 (default 1e-6, absolute and relative). */
export function checkerArgument(value: string): BuiltinCheckerSpec {
  const [name, tolerance, ...rest] = value.trim().split(':');
  if (name === 'exact' || name === 'lines' || name === 'tokens') {
    if (tolerance === undefined) return { name };
  } else if (name === 'float' && rest.length === 0) {
    const parsed = tolerance === undefined ? 1e-6 : Number(tolerance);
    if (Number.isFinite(parsed) && parsed >= 0 && tolerance !== '') return { name, absTolerance: parsed, relTolerance: parsed };
  }
  throw new InvalidArgumentError('expected exact, lines, tokens, float or float:TOLERANCE (e.g. float:1e-4)');
}
