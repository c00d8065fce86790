// The Docker implementation of Sandbox: every Box is one container whose PID 1 is
// letscode-runner, reached over the container's attached stdin/stdout.

import Docker from 'dockerode';
import { Writable } from 'node:stream';
import { DockerError, SandboxError, errorMessage } from '../errors.js';
import { connectionHint } from './docker-connection.js';
import { RunnerClient } from './runner-client.js';
import type { Box, BoxSpec, BoxFile, RunResult, RunSpec, Sandbox } from './sandbox.js';
import { BoxPaths } from './sandbox.js';
import { hostConfigFor } from './container-config.js';

const READY_TIMEOUT_MS = 30_000;
/** The runner's own diagnostics (stderr) kept for error messages. */
const RUNNER_LOG_BYTES = 4096;

export class DockerSandbox implements Sandbox {
  private readonly live = new Set<DockerBox>();

  constructor(readonly docker: Docker = new Docker()) {}

  async ping(): Promise<void> {
    try {
      await this.docker.ping();
    } catch (error) {
      throw new DockerError(connectionHint(this.docker, error));
    }
  }

  async openBox(spec: BoxSpec): Promise<Box> {
    let container: Docker.Container;
    try {
      container = await this.docker.createContainer({
        Image: spec.image,
        Labels: { letscode: 'box', 'letscode.purpose': spec.purpose, 'letscode.pid': String(process.pid) },
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
        HostConfig: hostConfigFor(spec),
      });
    } catch (error) {
      throw new DockerError(`cannot create a container from ${spec.image}: ${errorMessage(error)}`);
    }
    const box = new DockerBox(container, () => this.live.delete(box));
    this.live.add(box);
    try {
      await box.start();
    } catch (error) {
      await box.dispose();
      throw error;
    }
    return box;
  }

  async disposeAll(): Promise<void> {
    await Promise.all([...this.live].map((box) => box.dispose()));
  }
}

class DockerBox implements Box {
  private stream: NodeJS.ReadWriteStream | null = null;
  private readonly client: RunnerClient;
  private runnerLog = '';
  private disposed = false;

  constructor(
    private readonly container: Docker.Container,
    private readonly onDispose: () => void,
  ) {
    this.client = new RunnerClient((bytes) => this.stream?.write(bytes));
  }

  get id(): string {
    return this.container.id;
  }

  async start(): Promise<void> {
    // Attach before start, with hijack, or stdin is silently dropped (sandbox-notes.md).
    const stream = await this.container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true });
    this.stream = stream;
    this.container.modem.demuxStream(stream, sink((chunk) => this.client.receive(chunk)), sink((chunk) => this.logRunner(chunk)));
    const ended = () => this.client.fail(new SandboxError(`the sandbox container stopped unexpectedly${this.logSuffix()}`));
    stream.on('end', ended);
    stream.on('close', ended);
    stream.on('error', (error: Error) => this.client.fail(new SandboxError(`lost the sandbox container: ${error.message}`)));
    try {
      await this.container.start();
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

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.onDispose();
    this.client.fail(new SandboxError('the sandbox was closed'));
    this.stream?.end();
    // AutoRemove may already be deleting it: "not found" and "in progress" are fine.
    await this.container.remove({ force: true }).catch(() => undefined);
  }

  private logRunner(chunk: Buffer): void {
    if (this.runnerLog.length < RUNNER_LOG_BYTES) this.runnerLog += chunk.toString().slice(0, RUNNER_LOG_BYTES);
  }

  private logSuffix(): string {
    const log = this.runnerLog.trim();
    return log ? ` (runner said: ${log.split('\n').slice(-3).join(' | ')})` : '';
  }
}

function sink(onChunk: (chunk: Buffer) => void): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      onChunk(chunk);
      callback();
    },
  });
}
