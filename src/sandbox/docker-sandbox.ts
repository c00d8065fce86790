// The Docker implementation of Sandbox: every Box is one container whose PID 1 is
// letscode-runner, reached over the container's attached stdin/stdout.

import { randomBytes } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { DockerError, SandboxError, errorMessage } from '../errors.js';
import { connectionHint } from './docker-connection.js';
import { EngineClient } from './engine-client.js';
import { RunnerClient } from './runner-client.js';
import { StreamDemuxer } from './stream-demux.js';
import type { Box, BoxSpec, BoxFile, RunResult, RunSpec, Sandbox, StreamingRun } from './sandbox.js';
import { BoxPaths } from './sandbox.js';
import { hostConfigFor } from './container-config.js';
import { CoreAllocator, PINNED_CORE_LABEL, pinnedElsewhere, pinningEnabled } from './core-allocator.js';

const READY_TIMEOUT_MS = 30_000;
/** The runner's own diagnostics (stderr) kept for error messages. */
const RUNNER_LOG_BYTES = 4096;

export interface SandboxOwner {
  /** Shown in `docker ps`: the container names start with it (letscode-<purpose>-...). */
  namePrefix: string;
}

let boxesOpened = 0;

export class DockerSandbox implements Sandbox {
  private readonly live = new Set<DockerBox>();
  private readonly cores = new CoreAllocator();
  private readonly pinning = pinningEnabled();
  /** Removals under way; disposeAll() waits for them, so none outlives the command. */
  private readonly removing = new Set<Promise<void>>();

  constructor(
    readonly engine: EngineClient = new EngineClient(),
    private readonly owner: SandboxOwner = { namePrefix: 'letscode' },
  ) {}

  async ping(): Promise<void> {
    try {
      await this.engine.call('GET', '/_ping');
    } catch (error) {
      throw new DockerError(connectionHint(this.engine.address, error));
    }
  }

  async openBox(spec: BoxSpec): Promise<Box> {
    const core = spec.pinCpu && this.pinning ? this.cores.take(await this.coresPinnedElsewhere()) : null;
    let id: string;
    try {
      // `docker ps` says whose box it is and what for (letscode-run-<pid>-<n>-<random>,
      // letscode-warm-compile-...); the random part keeps a reused pid from colliding.
      const name = `${this.owner.namePrefix}-${spec.purpose}-${process.pid}-${++boxesOpened}-${randomBytes(2).toString('hex')}`;
      const created = (await this.engine.call('POST', `/containers/create?name=${name}`, {
        Image: spec.image,
        Labels: {
          letscode: 'box',
          'letscode.purpose': spec.purpose,
          'letscode.pid': String(process.pid),
          ...(core === null ? {} : { [PINNED_CORE_LABEL]: String(core) }),
        },
        AttachStdin: true,
        AttachStdout: true,
        AttachStderr: true,
        OpenStdin: true,
        // With StdinOnce the container's stdin closes when our attach ends, even if we are
        // killed: the runner then exits and AutoRemove deletes the container.
        StdinOnce: true,
        Tty: false,
        NetworkDisabled: true,
        User: '0:0',
        WorkingDir: BoxPaths.tmp,
        HostConfig: { ...hostConfigFor(spec), ...(core === null ? {} : { CpusetCpus: String(core) }) },
      })) as { Id: string };
      id = created.Id;
    } catch (error) {
      if (core !== null) this.cores.release(core);
      throw new DockerError(`cannot create a container from ${spec.image}: ${errorMessage(error)}`);
    }
    const box = new DockerBox(this.engine, id, core, (removal) => {
      if (box.core !== null) this.cores.release(box.core);
      this.live.delete(box);
      this.removing.add(removal);
      void removal.finally(() => this.removing.delete(removal));
    });
    this.live.add(box);
    try {
      await box.start();
    } catch (error) {
      await box.dispose();
      throw error;
    }
    return box;
  }

  async pinApart(boxes: readonly Box[]): Promise<void> {
    const pinned = boxes.filter((box): box is DockerBox => box instanceof DockerBox && this.live.has(box) && box.core !== null);
    const used = new Set<number>();
    const crowded: DockerBox[] = [];
    for (const box of pinned) {
      if (used.has(box.core!)) crowded.push(box);
      else used.add(box.core!);
    }
    if (crowded.length === 0) return;
    const elsewhere = await this.coresPinnedElsewhere();
    await Promise.all(crowded.map(async (box) => {
      if (used.size >= this.cores.cores) return;
      const core = this.cores.take(elsewhere, used);
      used.add(core);
      const moved = await this.engine.call('POST', `/containers/${box.id}/update`, { CpusetCpus: String(core) }).then(() => true, () => false);
      // A box that cannot move stays where it is: slower, never a judge error.
      this.cores.release(moved ? box.core! : core);
      if (moved) box.core = core;
    }));
  }

  /**
   * Per core, the running boxes other letscode processes pinned there (none if Docker
   * cannot say). From the labels boxes are created with: a box moved by pinApart() still
   * counts on its first core for other processes (labels cannot change), a small error
   * that only shifts their balance, never their verdicts.
   */
  private async coresPinnedElsewhere(): Promise<Map<number, number>> {
    const filters = encodeURIComponent(JSON.stringify({ label: [PINNED_CORE_LABEL] }));
    try {
      return pinnedElsewhere((await this.engine.call('GET', `/containers/json?filters=${filters}`)) as { Labels?: Record<string, string> }[]);
    } catch {
      return new Map();
    }
  }

  async disposeAll(): Promise<void> {
    await Promise.all([...this.live].map((box) => box.dispose()));
    await Promise.all([...this.removing]);
  }

  /**
   * Removes this process's containers that it no longer holds: those whose removal failed,
   * or whose creation was cut off, while the engine was unreachable. A long-running worker
   * calls this when the engine answers again.
   */
  async removeStranded(): Promise<void> {
    const filters = encodeURIComponent(JSON.stringify({ label: [`letscode.pid=${process.pid}`] }));
    const containers = (await this.engine.call('GET', `/containers/json?all=1&filters=${filters}`)) as { Id: string }[] | null;
    const held = new Set([...this.live].map((box) => box.id));
    await Promise.all((containers ?? []).filter((container) => !held.has(container.Id)).map((container) => this.engine.call('DELETE', `/containers/${container.Id}?force=1`).catch(() => undefined)));
  }
}

class DockerBox implements Box {
  private stream: Duplex | null = null;
  private readonly client: RunnerClient;
  private runnerLog = '';
  private disposed = false;

  constructor(
    private readonly engine: EngineClient,
    readonly id: string,
    /** The core the box is pinned to (null: not pinned); pinApart() may move it. */
    public core: number | null,
    private readonly onDispose: (removal: Promise<void>) => void,
  ) {
    this.client = new RunnerClient((bytes) => this.stream?.write(bytes));
  }

  async start(): Promise<void> {
    // Attach before start, or the first bytes the runner writes are lost (sandbox-notes.md).
    let stream: Duplex;
    try {
      stream = await this.engine.attach(this.id);
    } catch (error) {
      throw new DockerError(`cannot attach to a sandbox container: ${errorMessage(error)}`);
    }
    this.stream = stream;
    const demuxer = new StreamDemuxer(
      (chunk) => this.client.receive(chunk),
      (chunk) => this.logRunner(chunk),
    );
    stream.on('data', (chunk: Buffer) => demuxer.push(chunk));
    const ended = () => this.client.fail(new SandboxError(`the sandbox container stopped unexpectedly${this.logSuffix()}`));
    stream.on('end', ended);
    stream.on('close', ended);
    stream.on('error', (error: Error) => this.client.fail(new SandboxError(`lost the sandbox container: ${error.message}`)));
    try {
      await this.engine.call('POST', `/containers/${this.id}/start`);
    } catch (error) {
      throw new DockerError(`cannot start a sandbox container: ${errorMessage(error)}`);
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DockerError(`the sandbox did not start within ${READY_TIMEOUT_MS / 1000} s${this.logSuffix()}`)), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.client.ready, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  writeFile(path: string, data: Buffer, mode = 0o644): Promise<void> {
    return this.client.put(path, data, mode);
  }

  readTree(dir: string): Promise<BoxFile[]> {
    return this.client.get(dir);
  }

  run(spec: RunSpec): Promise<RunResult> {
    return this.client.run(spec);
  }

  reset(): Promise<void> {
    return this.client.reset();
  }

  runStreaming(spec: Omit<RunSpec, 'stdin'>, onStdout: (chunk: Buffer) => void, onStderr?: (chunk: Buffer) => void): StreamingRun {
    return this.client.runStreaming(spec, onStdout, onStderr);
  }

  dispose(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    this.disposed = true;
    this.client.fail(new SandboxError('the sandbox was closed'));
    this.stream?.end();
    // AutoRemove may already be deleting it: "not found" and "in progress" are fine.
    const removal = this.engine.call('DELETE', `/containers/${this.id}?force=1`).then(
      () => undefined,
      () => undefined,
    );
    this.onDispose(removal);
    return removal;
  }

  private logRunner(chunk: Buffer): void {
    if (this.runnerLog.length < RUNNER_LOG_BYTES) this.runnerLog += chunk.toString().slice(0, RUNNER_LOG_BYTES);
  }

  private logSuffix(): string {
    const log = this.runnerLog.trim();
    return log ? ` (runner said: ${log.split('\n').slice(-3).join(' | ')})` : '';
  }
}
