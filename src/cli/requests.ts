// What the command line asked for, as plain data. The program factory turns argv into
// one of these; commands receive it. Keeping this separate makes argv parsing testable
// without running anything.

import type { BuiltinCheckerSpec } from '../checkers/checker.js';
import type { MinScore } from '../grade/scoring.js';

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
  /** False with --no-warm: never judge through the warm helper. */
  warm?: boolean;
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

/** Where the queue is: Redis, and how long a lost connection is waited for before giving up. */
export interface RedisOptions {
  /** redis:// or rediss:// URL (--redis, or LETSCODE_REDIS_URL). */
  url: string;
  /** --redis-timeout: a lost connection is retried this long, then the command gives up (exit 3). */
  giveUpMs: number;
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
  /** Submissions go to workers through Redis; without it, to the server's own queue. */
  redis?: RedisOptions;
  /** Requests must carry it as a Bearer token (required off loopback). */
  token?: string;
  /** Submissions per client and window (default off loopback: 60/min). */
  rateLimit?: { max: number; windowMs: number };
  /** `serve PROBLEMS_DIR`: the problems the page at / lists. */
  problemsDir?: string;
}

/** `letscode worker`: judges queued submissions on this machine. */
export interface WorkerOptions {
  redis: RedisOptions;
  /** Submissions judged at once (default: the number of CPU cores). */
  jobs?: number;
  /** Shown by `letscode queue` (default: host name and process id). */
  name?: string;
  /** Bound of the on-disk cache of problem bundles. */
  cacheBytes: number;
  cache: boolean;
}

/** `letscode queue`: the workers and the queue's counts. */
export interface QueueOptions {
  redis: RedisOptions;
  json: boolean;
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
  /** --strict: validation warnings (junk a validator accepts, duplicate inputs) fail (exit 1). */
  strict: boolean;
}

/** `letscode verify [PROBLEM]`: validate, then judge every example submission. */
export interface VerifyOptions extends ValidateOptions {
  /** --time-limit: overrides the problem's (or the derived) time limit. */
  timeLimitMs?: number;
}

/** `letscode stress SOLUTION --gen GEN --brute BRUTE`: random inputs until the solution and the brute force disagree. */
export interface StressOptions {
  solution: string;
  generator: string;
  /** Needed unless the problem is interactive. */
  brute?: string;
  problem?: string;
  /** Arguments after the seed, split on whitespace. */
  generatorArgs: string[];
  lang?: string;
  checker?: BuiltinCheckerSpec;
  timeLimitMs?: number;
  memoryLimitBytes?: number;
  /** Seeds to try at most. */
  count?: number;
  /** Stop starting iterations after this long. */
  durationMs?: number;
  /** The first seed; alone (no count, no duration) it runs exactly that iteration. */
  seed?: number;
  save: boolean;
  shrink: boolean;
  jobs?: number;
  cache: boolean;
}

/** `letscode generate [PKG]`: data/ from generators/generators.yaml. */
export interface GenerateOptions {
  problem?: string;
  /** Run every generator twice and compare. */
  checkDeterministic: boolean;
  jobs?: number;
  cache: boolean;
  /** List every case, up-to-date ones too. */
  verbose: boolean;
}

/** `letscode grade`: a whole class's submissions, resumable, with reports. */
export interface GradeOptions {
  /** The class folder, or a list of files, folders and globs. */
  submissions: string[];
  problem?: string;
  /** assignment.yaml: several problems at once (instead of --problem). */
  assignment?: string;
  /** Results store and owned reports; default grade-results/ beside SUBMISSIONS. */
  out?: string;
  lang?: string;
  json: boolean;
  csv?: string;
  junit?: string;
  html?: string;
  /** Rebuild the reports from the store; judge nothing. */
  reportOnly: boolean;
  /** Students to judge again although their results are stored. */
  regrade: string[];
  /** Judge everything again. */
  force: boolean;
  /** Exit 1 when a student's score is below it. */
  minScore?: MinScore;
  /** Tests of one submission run at once. */
  jobs?: number;
  /** Submissions judged at once. */
  parallel?: number;
  timeLimitMs?: number;
  cache: boolean;
  /** Judge on workers through Redis instead of this machine's Docker. */
  redis?: RedisOptions;
}

/** Options every command takes. */
export interface GlobalOptions {
  /** --languages FILE: a contest's languages.yaml, on top of the user's (language-files.ts). */
  languagesFile?: string;
}

export type CommandRequest = GlobalOptions & (
  | { command: 'judge'; options: JudgeOptions }
  | { command: 'images-build'; languages: string[]; force: boolean; jobs?: number }
  | { command: 'images-list' }
  | { command: 'images-prune' }
  | { command: 'languages-list'; json: boolean }
  | { command: 'languages-test'; languages: string[] }
  | { command: 'run'; options: RunOptions }
  | { command: 'serve'; options: ServeOptions }
  | { command: 'listen'; options: ListenOptions }
  | { command: 'validate'; options: ValidateOptions }
  | { command: 'warm-helper' }
  | { command: 'warm-status' }
  | { command: 'warm-stop' }
  | { command: 'verify'; options: VerifyOptions }
  | { command: 'grade'; options: GradeOptions }
  | { command: 'stress'; options: StressOptions }
  | { command: 'generate'; options: GenerateOptions }
  | { command: 'worker'; options: WorkerOptions }
  | { command: 'queue'; options: QueueOptions }
);

/** Runs a request and returns the process exit code. */
export type Dispatch = (request: CommandRequest) => Promise<number>;
