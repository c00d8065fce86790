// What the command line asked for, as plain data. The program factory turns argv into
// one of these; commands receive it. Keeping this separate makes argv parsing testable
// without running anything.

export interface JudgeOptions {
  solution: string;
  problem?: string;
  lang?: string;
  json: boolean;
  junit?: string;
  jobs?: number;
  verbose: boolean;
  /** False with --no-cache: compile even when an identical compile is cached. */
  cache: boolean;
  /** --time-limit: overrides the problem's (or the derived) time limit. */
  timeLimitMs?: number;
}

/** `letscode run`: one program, once, without a problem. */
export interface RunOptions {
  solution: string;
  /** File fed to the program's stdin; default: letscode's own stdin, as it arrives. */
  input?: string;
  lang?: string;
  timeLimitMs?: number;
  memoryLimitBytes?: number;
  json: boolean;
  cache: boolean;
}

/** `letscode serve`: the local HTTP API. */
export interface ServeOptions {
  port: number;
  host: string;
  /** Sandbox jobs at once (default: the number of CPU cores). */
  jobs?: number;
  /** A request that waited this long for a free slot gets 503. */
  queueTimeoutMs: number;
  maxBodyBytes: number;
  cache: boolean;
}

/** `letscode listen`: problems from the Competitive Companion browser extension. */
export interface ListenOptions {
  port: number;
  host: string;
  /** Where problem folders are written. */
  dir: string;
  /** Replace problem.yaml and tests/ of an existing folder. */
  force: boolean;
  /** Exit after one problem (or one contest's batch). */
  once: boolean;
}

/** `letscode validate [PROBLEM]`: the input validators on every test input. */
export interface ValidateOptions {
  /** Problem folder or problem.yaml; default: found from the current folder. */
  problem?: string;
  json: boolean;
  jobs?: number;
  cache: boolean;
  /** Every row of the table, even in a big test set. */
  verbose: boolean;
}

/** `letscode verify [PROBLEM]`: validate, then judge every example submission. */
export interface VerifyOptions extends ValidateOptions {
  /** --time-limit: overrides the problem's (or the derived) time limit. */
  timeLimitMs?: number;
}

/** Options every command takes. */
export interface GlobalOptions {
  /** --languages FILE: a contest's languages.yaml, on top of the user's (language-files.ts). */
  languagesFile?: string;
}

export type CommandRequest = GlobalOptions & (
  | { command: 'judge'; options: JudgeOptions }
  | { command: 'images-build'; languages: string[]; force: boolean }
  | { command: 'images-list' }
  | { command: 'images-prune' }
  | { command: 'languages-list'; json: boolean }
  | { command: 'languages-test'; languages: string[] }
  | { command: 'run'; options: RunOptions }
  | { command: 'serve'; options: ServeOptions }
  | { command: 'listen'; options: ListenOptions }
  | { command: 'validate'; options: ValidateOptions }
  | { command: 'verify'; options: VerifyOptions }
);

/** Runs a request and returns the process exit code. */
export type Dispatch = (request: CommandRequest) => Promise<number>;
