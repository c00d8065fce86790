// Runs a program once, without a problem: launch it into one box (execution/launch.ts),
// run it on the given input and classify the run. Output is either collected or passed
// on live, as it is produced.

import { Readable } from 'node:stream';
import { SandboxError } from '../errors.js';
import { launchProgram, type Launch } from '../execution/launch.js';
import { runBoxFor } from '../execution/limits.js';
import type { ExecutionServices } from '../execution/services.js';
import type { Language } from '../languages/language.js';
import type { PreparedProgram, ProgramSource } from '../languages/prepare.js';
import type { ProblemLimits } from '../problem/model.js';
import type { Box, RunLimits, RunResult } from '../sandbox/sandbox.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import { statusOf, type RunOutcome } from './outcome.js';
import { sandboxLimitsForRun } from './run-limits.js';


/** The program's stdin: all of it at once, or a stream fed to it as it arrives (a terminal, a pipe). */
export type RunInput = { kind: 'bytes'; data: Buffer } | { kind: 'stream'; stream: Readable };

export interface LiveOutput {
  stdout(chunk: Buffer): void;
  stderr(chunk: Buffer): void;
}

export interface RunRequest {
  language: Language;
  source: ProgramSource;
  limits: ProblemLimits;
  input: RunInput;
  /** Passes output on as it comes; without it, stdout and stderr are collected in the result. */
  live?: LiveOutput;
}

export async function runOnce(request: RunRequest, services: ExecutionServices): Promise<RunOutcome> {
  const { language, limits } = request;
  const inputBytes = request.input.kind === 'bytes' ? request.input.data.length : 0;
  let launch: Launch;
  try {
    launch = await launchProgram({ language, source: request.source, memoryBytes: limits.memoryBytes, box: runBoxFor(limits, inputBytes), boxCount: 1, announce: true }, services);
  } catch (error) {
    if (error instanceof SandboxError) return { status: 'JE', detail: error.message, compile: null, run: null };
    throw error;
  }
  if (launch.kind === 'compile-error') return { status: 'CE', detail: launch.compile.message, compile: launch.compile, run: null };
  const runLimits = sandboxLimitsForRun(limits);
  const [box] = launch.boxes;
  let run: RunResult;
  try {
    run = await execute(box!, launch.program, runLimits, request);
  } catch (error) {
    void launch.dispose();
    if (error instanceof SandboxError) return { status: 'JE', detail: error.message, compile: launch.compile, run: null };
    throw error;
  }
  // The box is kept for the next run of this program when the box source keeps boxes.
  // Removing a container takes ~50 ms: the sandbox's disposeAll() waits for it at the end.
  void launch.dispose({ keep: true });
  return { ...statusOf(run, runLimits, launch.program.outOfMemoryMarkers), compile: launch.compile, run };
}

async function execute(box: Box, program: PreparedProgram, limits: RunLimits, request: RunRequest): Promise<RunResult> {
  const spec = { ...program.run, cwd: BoxPaths.solutionCwd, limits };
  const { input, live } = request;
  if (!live && input.kind === 'bytes') return box.run({ ...spec, stdin: input.data });
  const stdout: Buffer[] = [];
  const streaming = box.runStreaming(spec, live ? (chunk) => live.stdout(chunk) : (chunk) => void stdout.push(chunk), live && ((chunk) => live.stderr(chunk)));
  if (input.kind === 'bytes') {
    streaming.write(input.data);
    streaming.end();
    return collected(await streaming.result, stdout);
  }
  const { stream } = input;
  const onData = (chunk: Buffer | string) => streaming.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  const onEnd = () => streaming.end();
  stream.on('data', onData);
  stream.once('end', onEnd);
  stream.once('error', onEnd);
  try {
    return collected(await streaming.result, stdout);
  } finally {
    stream.off('data', onData);
    stream.off('end', onEnd);
    stream.off('error', onEnd);
    stream.pause();
  }
}

function collected(run: RunResult, stdout: Buffer[]): RunResult {
  return stdout.length === 0 ? run : { ...run, stdout: Buffer.concat(stdout) };
}
