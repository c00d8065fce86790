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

export type CommandRequest =
  | { command: 'judge'; options: JudgeOptions }
  | { command: 'images-build'; languages: string[]; force: boolean }
  | { command: 'images-list' }
  | { command: 'images-prune' }
  | { command: 'languages-list' }
  | { command: 'languages-test'; languages: string[] };

/** Runs a request and returns the process exit code. */
export type Dispatch = (request: CommandRequest) => Promise<number>;
