// The one place that decides how letscode talks to the terminal: which streams, whether
// colour is on, whether spinners may be drawn. Reporters get a Terminal injected and never
// touch process.stdout, process.env or the global chalk themselves.

import { Chalk, type ChalkInstance, type ColorSupportLevel } from 'chalk';
import { isCI, type Env } from '../common/environment.js';

/** The part of a writable stream reporters use. Fake terminals in tests implement just this. */
export interface TextStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Terminal {
  /** Results: the verdict table, the summary, the JSON document. */
  stdout: TextStream;
  /** Progress and diagnostics: spinners, "Building image ..." lines. */
  stderr: TextStream;
  /** stdout is an interactive terminal. */
  isTTY: boolean;
  /** Whether output written to stdout may carry ANSI colours; `chalk` agrees with it. */
  color: boolean;
  /** A chalk instance at the chosen level; level 0 makes every style a no-op. */
  chalk: ChalkInstance;
  /**
   * The stream spinners animate on (stderr, when it is a sized TTY and not on CI); undefined means
   * no spinner anywhere, only plain lines.
   */
  spinnerStream: NodeJS.WritableStream | undefined;
  /** Width to lay out for; 80 when unknown. */
  columns: number;
}


export interface TerminalOptions {
  stdout?: NodeJS.WritableStream & TextStream;
  stderr?: NodeJS.WritableStream & TextStream;
  env?: Env;
  /** Overrides the environment (e.g. a `--color` / `--no-color` flag). */
  color?: boolean;
}

/** Builds the terminal from the real process streams (or the ones given). */
export function createTerminal(options: TerminalOptions = {}): Terminal {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const env = options.env ?? process.env;
  const level = colorLevel(stdout, env, options.color);
  // A TTY that reports zero columns (some pseudo-terminals) would make ora redraw forever.
  const spinners = stderr.isTTY === true && (stderr.columns ?? 0) > 0 && !isCI(env) && env.TERM !== 'dumb';
  return {
    stdout,
    stderr,
    isTTY: stdout.isTTY === true,
    color: level > 0,
    chalk: new Chalk({ level }),
    spinnerStream: spinners ? stderr : undefined,
    columns: stdout.columns || stderr.columns || 80,
  };
}

/**
 * Colour level for a stream: an explicit override wins, then FORCE_COLOR (0/false turns
 * colour off, 1-3 picks the level), then NO_COLOR (any non-empty value), then the TTY's
 * own colour depth. Pipes and files get no colour.
 */
export function colorLevel(stream: TextStream, env: Env, override?: boolean): ColorSupportLevel {
  const depth = ttyLevel(stream, env);
  if (override !== undefined) return override ? (Math.max(depth, 1) as ColorSupportLevel) : 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as ColorSupportLevel;
    return Math.max(depth, 1) as ColorSupportLevel;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (stream.isTTY !== true) return 0;
  return depth;
}

function ttyLevel(stream: TextStream, env: Env): ColorSupportLevel {
  const getColorDepth = (stream as { getColorDepth?: (env?: Env) => number }).getColorDepth;
  if (stream.isTTY !== true || typeof getColorDepth !== 'function') return 0;
  const depth = getColorDepth.call(stream, env);
  if (depth >= 24) return 3;
  if (depth >= 8) return 2;
  if (depth >= 4) return 1;
  return 0;
}

