// The one interface the judge uses to run untrusted code. A Box is a warm, isolated
// container with a supervisor inside; the judge writes files into it and runs commands
// in it, one at a time, each with its own limits. The Docker implementation lives in
// docker-sandbox.ts; tests can substitute their own.

export interface RunLimits {
  /** CPU time of the whole process tree (all threads and children). */
  cpuTimeMs: number;
  /** Wall-clock time; catches programs that sleep or block. */
  wallTimeMs: number;
  /** Peak resident memory. The stack has no limit of its own (only this one), so deep recursion works as on Codeforces and DOMjudge. */
  memoryBytes: number;
  /** Bytes of stdout kept; past this the run is killed with killedBy 'output'. */
  outputBytes: number;
  /** Bytes of stderr kept; the rest is read and dropped, never a verdict by itself. */
  stderrBytes: number;
  /** Largest file the program may write (RLIMIT_FSIZE); compilers write big binaries. */
  fileSizeBytes: number;
  /**
   * Past outputBytes: 'stop' the run there (killedBy 'output': Kattis, and the default), or
   * 'truncate' the output and let the program go on, as DOMjudge does (stdoutBytes says).
   */
  outputOverflow?: 'stop' | 'truncate';
}

export interface RunSpec {
  /** argv[0] is looked up in the box's PATH. */
  argv: string[];
  /** Extra environment on top of the image's (PATH, LANG, ...). */
  env?: Record<string, string>;
  /** Working directory; created (owned by the sandbox user) when missing. */
  cwd: string;
  stdin: Buffer;
  limits: RunLimits;
}

/** Why the supervisor (or the kernel on its behalf) ended a run early; 'stopped': the judge asked it to. */
export type KilledBy = 'cpu' | 'wall' | 'output' | 'oom' | 'stopped' | null;

export type Termination =
  | { kind: 'exited'; exitCode: number }
  | { kind: 'signaled'; signal: string };

export interface RunResult {
  termination: Termination;
  killedBy: KilledBy;
  /** User + system time of every process of the run. */
  cpuTimeMs: number;
  wallTimeMs: number;
  /** Largest resident set of any process of the run. */
  memoryPeakBytes: number;
  stdout: Buffer;
  stderr: Buffer;
  /** Bytes the program wrote to stdout, also those past the limit that were dropped. */
  stdoutBytes?: number;
}

/** A run whose stdin is fed, and whose stdout is read, while it runs (interactive problems). */
export interface StreamingRun {
  /** Sends bytes to the program's stdin. */
  write(data: Buffer): void;
  /** Closes the program's stdin. */
  end(): void;
  /** Kills the program now (its result says killedBy 'stopped'). */
  stop(): void;
  /** stdout is empty here: it went to the onStdout callback. */
  result: Promise<RunResult>;
}

export interface BoxFile {
  /** Path relative to the directory that was read. */
  path: string;
  mode: number;
  data: Buffer;
}

export interface BoxSpec {
  image: string;
  /** Memory cgroup limit for everything in the box (supervisor, files in /box and /tmp, the run). */
  memoryBytes: number;
  pidsLimit: number;
  /** Size of the writable /tmp. */
  tmpBytes: number;
  /** Text of a seccomp profile (JSON); Docker needs the text, not a path. */
  seccompProfile: string;
  /** Shown in `docker ps` to say what the box is for. */
  purpose: 'compile' | 'run';
  /**
   * Run the box on one core of its own (the least busy one), so boxes running side by side
   * do not disturb each other's CPU times. For the boxes a solution's tests run in.
   */
  pinCpu?: boolean;
}

export interface Box {
  readonly id: string;
  /** Writes a file readable (not writable) by the sandboxed program. */
  writeFile(path: string, data: Buffer, mode?: number): Promise<void>;
  /** Every regular file under `dir`, recursively. */
  readTree(dir: string): Promise<BoxFile[]>;
  run(spec: RunSpec): Promise<RunResult>;
  /**
   * Like run(), with stdin streamed in and stdout (and stderr, when `onStderr` is given)
   * passed on as it comes.
   */
  runStreaming(spec: Omit<RunSpec, 'stdin'>, onStdout: (chunk: Buffer) => void, onStderr?: (chunk: Buffer) => void): StreamingRun;
  /**
   * Empties /box and /tmp, so the box can serve another program exactly as a new box
   * would: every process of a run is already killed when the run ends.
   */
  reset(): Promise<void>;
  /**
   * Kills and removes the container; safe to call twice. Callers on a hot path may leave
   * the promise to Sandbox.disposeAll(), which waits for every removal still under way.
   */
  dispose(): Promise<void>;
}

export interface Sandbox {
  /** Throws DockerError with a one-line fix when the engine does not answer. */
  ping(): Promise<void>;
  openBox(spec: BoxSpec): Promise<Box>;
  /**
   * Boxes about to run side by side (a launch's): each pinned one moves to a core none of
   * the others has, as far as there are cores. Boxes are pinned when they open, and kept
   * boxes (warm-boxes.ts) come back with the core they had, so a launch's set can share one.
   */
  pinApart?(boxes: readonly Box[]): Promise<void>;
  /** Removes every box this sandbox opened that is still alive, and waits for removals under way. */
  disposeAll(): Promise<void>;
}

/** Paths inside every box. */
export const BoxPaths = {
  /** Program files: written by the judge, read-only for the program. */
  program: '/box',
  /** Scratch space for the program, emptied after every run. */
  tmp: '/tmp',
  /**
   * Where a solution runs: beside its files, so a script can source its siblings by a
   * relative path; read-only, so a file written to the working directory fails as on
   * DOMjudge (scratch files go to /tmp).
   */
  solutionCwd: '/box',
  /** Where a compile step writes what the run needs. */
  compileOutput: '/tmp/out',
} as const;
