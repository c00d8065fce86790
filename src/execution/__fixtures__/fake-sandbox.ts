// A sandbox without Docker for unit tests: boxes answer runs with whatever `respond`
// says (compiles with `compile`: success by default), and the sandbox records which
// boxes were opened and disposed.

import { freshBoxes } from '../box-source.js';
import type { ExecutionServices } from '../services.js';
import { BoxPaths, type Box, type BoxFile, type BoxSpec, type RunResult, type RunSpec, type Sandbox, type StreamingRun } from '../../sandbox/sandbox.js';

export type Respond = (spec: RunSpec, box: FakeBox) => Partial<RunResult> | Promise<Partial<RunResult>>;

export function runResult(overrides: Partial<RunResult> = {}): RunResult {
  return {
    termination: { kind: 'exited', exitCode: 0 },
    killedBy: null,
    cpuTimeMs: 5,
    wallTimeMs: 6,
    memoryPeakBytes: 1024 * 1024,
    stdout: Buffer.alloc(0),
    stderr: Buffer.alloc(0),
    ...overrides,
  };
}

let nextId = 1;

export class FakeBox implements Box {
  readonly id = `fake-${nextId++}`;
  readonly files = new Map<string, Buffer>();
  readonly runs: RunSpec[] = [];
  /** What readTree() finds, by folder: `respond` may put a validator's judgemessage.txt here. */
  readonly trees = new Map<string, BoxFile[]>();
  disposed = false;
  alive = true;
  resets = 0;

  constructor(
    readonly spec: BoxSpec,
    private readonly respond: Respond,
  ) {}

  async writeFile(path: string, data: Buffer): Promise<void> {
    this.files.set(path, data);
  }

  async readTree(dir: string): Promise<BoxFile[]> {
    if (!this.alive) throw new Error('the sandbox container stopped unexpectedly');
    return this.trees.get(dir) ?? [];
  }

  async run(spec: RunSpec): Promise<RunResult> {
    this.runs.push(spec);
    return runResult(await this.respond(spec, this));
  }

  runStreaming(spec: Omit<RunSpec, 'stdin'>, onStdout: (chunk: Buffer) => void, onStderr?: (chunk: Buffer) => void): StreamingRun {
    const stdin: Buffer[] = [];
    let ended!: () => void;
    const inputEnded = new Promise<void>((resolve) => (ended = resolve));
    const result = inputEnded.then(async () => {
      const full = await this.run({ ...spec, stdin: Buffer.concat(stdin) });
      onStdout(full.stdout);
      onStderr?.(full.stderr);
      return { ...full, stdout: Buffer.alloc(0) };
    });
    return { write: (data) => void stdin.push(data), end: () => ended(), stop: () => ended(), result };
  }

  async reset(): Promise<void> {
    if (!this.alive) throw new Error('the sandbox container stopped unexpectedly');
    this.resets++;
    this.files.clear();
    this.trees.clear();
  }

  async dispose(): Promise<void> {
    this.disposed = true;
  }
}

export class FakeSandbox implements Sandbox {
  readonly boxes: FakeBox[] = [];
  pingError: Error | null = null;
  /** Absent unless a test sets it, as for a sandbox that does not pin. */
  pinApart?: Sandbox['pinApart'];

  constructor(
    public respond: Respond = () => ({}),
    public compile: Respond = () => ({}),
  ) {}

  /** Run boxes only, not compile boxes. */
  get runBoxes(): FakeBox[] {
    return this.boxes.filter((box) => box.spec.purpose === 'run');
  }

  async ping(): Promise<void> {
    if (this.pingError) throw this.pingError;
  }

  async openBox(spec: BoxSpec): Promise<FakeBox> {
    const box = new FakeBox(spec, (run, self) => (run.cwd === BoxPaths.compileOutput ? this.compile(run, self) : this.respond(run, self)));
    this.boxes.push(box);
    return box;
  }

  async disposeAll(): Promise<void> {
    await Promise.all(this.boxes.map((box) => box.dispose()));
  }
}

/** `emit` receives every event, the caller's own (E: a judge's, say) and launching's. */
export function fakeServices<E = never>(sandbox: Sandbox, emit: ExecutionServices<E>['emit'] = () => undefined): ExecutionServices<E> {
  return {
    sandbox,
    boxes: freshBoxes(sandbox),
    ensureImage: async (toolchain) => `letscode/${toolchain}:test`,
    seccompProfile: async () => '{}',
    compileCache: null,
    emit,
  };
}
