// Client side of the runner protocol: turns Box calls into frames and frames back into
// results. Transport-agnostic (the Docker attach stream in production, a local process
// in tests): it needs a way to write bytes and is fed the bytes the runner sends.

import { constants } from 'node:os';
import { SandboxError } from '../errors.js';
import { encodeFrame, FrameDecoder, type Field } from './protocol.js';
import type { BoxFile, KilledBy, RunResult, RunSpec, StreamingRun } from './sandbox.js';

type Reply = Buffer[];
interface Pending {
  resolve: (reply: Reply) => void;
  reject: (error: Error) => void;
  stdout: Buffer[];
  /** Streamed runs hand stdout (and stderr) on at once instead of collecting it. */
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
}

/** IN frames are kept small so the runner never buffers much ahead of the program. */
const IN_FRAME_BYTES = 64 * 1024;

// The first name of each number: SIGABRT rather than its alias SIGIOT, SIGIO rather than SIGPOLL.
const SIGNAL_NAMES = new Map<number, string>(
  Object.entries(constants.signals).reverse().map(([name, number]) => [number, name]),
);

export class RunnerClient {
  private readonly decoder = new FrameDecoder();
  /**
   * Requests sent and not yet answered, oldest first. The runner handles them strictly in
   * order, so requests are written at once (pipelined): the next RUN already waits in the
   * runner's input while the current one runs, and the transport's latency is paid once
   * per batch instead of once per test.
   */
  private readonly pending: Pending[] = [];
  private closedWith: Error | null = null;
  private readyResolve!: () => void;
  /** Resolves when the runner has said READY. */
  readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));

  constructor(private readonly write: (bytes: Buffer) => void) {}

  /** Feed bytes from the runner's stdout. */
  receive(chunk: Buffer): void {
    let frames: Buffer[][];
    try {
      frames = this.decoder.push(chunk);
    } catch (error) {
      this.fail(error as Error);
      return;
    }
    for (const frame of frames) this.dispatch(frame);
  }

  /** The transport ended: every call in flight or to come fails with `error`. */
  fail(error: Error): void {
    this.closedWith ??= error;
    for (const pending of this.pending.splice(0)) pending.reject(error);
  }

  async put(path: string, data: Buffer, mode = 0o644): Promise<void> {
    await this.request(['PUT', path, mode.toString(8), data]);
  }

  async get(dir: string): Promise<BoxFile[]> {
    const reply = await this.request(['GET', dir]);
    const files: BoxFile[] = [];
    for (let i = 1; i + 2 < reply.length; i += 3) {
      files.push({ path: reply[i]!.toString(), mode: parseInt(reply[i + 1]!.toString(), 8), data: reply[i + 2]! });
    }
    return files;
  }

  /** Empties /box and /tmp: the box is then as a new one is (RUNNER_VERSION 2). */
  async reset(): Promise<void> {
    await this.request(['RESET']);
  }

  async run(spec: RunSpec): Promise<RunResult> {
    const { reply, stdout } = await this.requestWithOutput(runFields(spec, ['stdin', spec.stdin]));
    return parseDone(reply, stdout);
  }

  runStreaming(spec: Omit<RunSpec, 'stdin'>, onStdout: (chunk: Buffer) => void, onStderr?: (chunk: Buffer) => void): StreamingRun {
    const done = this.requestWithOutput(runFields(spec, ['stdin_stream', '1', 'stdout_stream', '1']), onStdout, onStderr);
    let ended = false;
    const send = (fields: Field[]) => {
      if (!ended && !this.closedWith) this.write(encodeFrame(fields));
    };
    void done.then(() => (ended = true), () => (ended = true));
    return {
      write: (data) => {
        for (let i = 0; i < data.length; i += IN_FRAME_BYTES) send(['IN', data.subarray(i, i + IN_FRAME_BYTES)]);
      },
      end: () => send(['IN', '']),
      stop: () => send(['STOP']),
      result: done.then(({ reply }) => parseDone(reply, [])),
    };
  }

  private async request(fields: Field[]): Promise<Reply> {
    return (await this.requestWithOutput(fields)).reply;
  }

  private requestWithOutput(
    fields: Field[],
    onStdout?: (chunk: Buffer) => void,
    onStderr?: (chunk: Buffer) => void,
  ): Promise<{ reply: Reply; stdout: Buffer[] }> {
    return new Promise((resolve, reject) => {
      if (this.closedWith) return reject(this.closedWith);
      const pending: Pending = { resolve: (reply) => resolve({ reply, stdout: pending.stdout }), reject, stdout: [], onStdout, onStderr };
      this.pending.push(pending);
      this.write(encodeFrame(fields));
    });
  }

  private dispatch(frame: Buffer[]): void {
    const verb = frame[0]?.toString();
    if (verb === 'READY') return this.readyResolve();
    const pending = this.pending[0];
    if (!pending) return this.fail(new SandboxError(`runner sent ${verb} while no request was waiting`));
    if (verb === 'OUT') {
      const chunk = frame[1] ?? Buffer.alloc(0);
      if (pending.onStdout) pending.onStdout(chunk);
      else pending.stdout.push(chunk);
      return;
    }
    if (verb === 'ERROUT') {
      pending.onStderr?.(frame[1] ?? Buffer.alloc(0));
      return;
    }
    this.pending.shift();
    if (verb === 'ERR') pending.reject(new SandboxError(`runner: ${frame[1]?.toString() ?? 'unknown error'}`));
    else pending.resolve(frame);
  }
}

/** RUN with the spec's command, limits and environment, plus how stdin is given. */
function runFields(spec: Omit<RunSpec, 'stdin'>, stdinFields: Field[]): Field[] {
  const fields: Field[] = ['RUN', 'cwd', spec.cwd, ...stdinFields];
  const numbers: Record<string, number> = {
    cpu_ms: spec.limits.cpuTimeMs,
    wall_ms: spec.limits.wallTimeMs,
    // No stack rlimit (-1): the memory limit bounds the stack, and threads keep glibc's 2 MiB default.
    stack_bytes: -1,
    out_bytes: spec.limits.outputBytes,
    err_bytes: spec.limits.stderrBytes,
    fsize_bytes: spec.limits.fileSizeBytes,
  };
  if (spec.limits.outputOverflow === 'truncate') numbers.out_truncate = 1;
  for (const [key, value] of Object.entries(numbers)) fields.push(key, String(Math.ceil(value)));
  for (const arg of spec.argv) fields.push('arg', arg);
  for (const [key, value] of Object.entries(spec.env ?? {})) fields.push('env', `${key}=${value}`);
  return fields;
}

function parseDone(reply: Reply, stdoutChunks: Buffer[]): RunResult {
  if (reply[0]?.toString() !== 'DONE') throw new SandboxError(`runner answered RUN with ${reply[0]?.toString()}`);
  const values = new Map<string, Buffer>();
  for (let i = 1; i + 1 < reply.length; i += 2) values.set(reply[i]!.toString(), reply[i + 1]!);
  const text = (key: string) => values.get(key)?.toString() ?? '';
  const num = (key: string) => Number(text(key) || 0);
  const status = text('status');
  if (status === 'exec_failed') throw new SandboxError(`could not start the program: ${text('error')}`);
  const signalNumber = num('signal');
  return {
    termination:
      status === 'signaled'
        ? { kind: 'signaled', signal: SIGNAL_NAMES.get(signalNumber) ?? `signal ${signalNumber}` }
        : { kind: 'exited', exitCode: num('code') },
    killedBy: (text('killed_by') === 'none' ? null : text('killed_by')) as KilledBy,
    cpuTimeMs: num('cpu_us') / 1000,
    wallTimeMs: num('wall_us') / 1000,
    memoryPeakBytes: num('maxrss_kb') * 1024,
    stdout: Buffer.concat([...stdoutChunks, values.get('stdout') ?? Buffer.alloc(0)]),
    stderr: values.get('stderr') ?? Buffer.alloc(0),
    stdoutBytes: num('stdout_bytes'),
  };
}
