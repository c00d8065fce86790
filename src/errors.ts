// Error classes the CLI error boundary understands. Anything else that reaches the
// boundary is a bug in letscode and exits with code 4 and a stack trace.

export const ExitCode = {
  allAccepted: 0,
  someTestFailed: 1,
  usage: 2,
  docker: 3,
  internal: 4,
  /** Ctrl-C (SIGINT) and SIGTERM, as a shell reports a process they ended: 128 + the signal. */
  interrupted: 130,
  terminated: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error the user can fix; printed as one line, never with a stack. */
export class UserFacingError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** The exit code of an error that ended a command: the user's to fix says which, anything else is a bug (4). */
export function exitCodeOfError(error: unknown): number {
  return error instanceof UserFacingError ? error.exitCode : ExitCode.internal;
}

/** Bad command line: unknown flag, missing file, unknown language. */
export class UsageError extends UserFacingError {
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

/**
 * A problem file (problem.yaml, a test file, a package) is wrong. The message names
 * the file, the field (as a dot path) and how to fix it.
 */
export class ProblemFileError extends UserFacingError {
  readonly file: string;
  readonly field: string | undefined;
  constructor(file: string, field: string | undefined, problem: string, fix?: string) {
    const where = field ? `${file}: ${field}` : file;
    super(`${where}: ${problem}${fix ? ` (${fix})` : ''}`, ExitCode.usage);
    this.file = file;
    this.field = field;
  }
}

/** Docker is unreachable, an image cannot be built, or a container cannot start. */
export class DockerError extends UserFacingError {
  constructor(message: string) {
    super(message, ExitCode.docker);
  }
}

/** The queue's Redis cannot be reached (wrong address or password, or lost for too long). Exit 3, like Docker. */
export class QueueConnectionError extends UserFacingError {
  constructor(message: string) {
    super(message, ExitCode.docker);
  }
}

/** The sandbox broke its own contract (protocol error, supervisor died). Never the contestant's fault. */
export class SandboxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SandboxError';
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
