// Runs a program once, without a problem: prepare it, make sure its image exists, compile
// it (compile cache included) while its box starts, install it, run it on the given input
// and classify the run. Output is either collected or passed on live, as it is produced.

import { Readable } from 'node:stream';
import { SandboxError } from '../errors.js';
import { compileCacheKey } from '../judge/compile-cache.js';
import { compileProgram, installProgram, type CompileOutcome } from '../judge/compile.js';
import type { JudgeServices } from '../judge/judge.js';
import { runBoxFor } from '../judge/limits.js';
import type { CompileResult } from '../judge/verdict.js';
import type { Language } from '../languages/language.js';
import { prepareProgram, type PreparedProgram, type ProgramSource } from '../languages/prepare.js';
import type { ProblemLimits } from '../problem/model.js';
import type { Box, BoxSpec, RunLimits, RunResult } from '../sandbox/sandbox.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import { programKeyFor, type BoxSource } from './box-source.js';
import { sandboxLimitsForRun } from './run-limits.js';
import { statusOf, type RunOutcome } from './outcome.js';

const MiB = 1024 * 1024;

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

export async function runOnce(request: RunRequest, services: JudgeServices, boxes: BoxSource = services.sandbox): Promise<RunOutcome> {
  const { language, limits } = request;
  const program = prepareProgram(language, request.source, limits.memoryBytes);
  const image = await services.ensureImage(language.image, language.name);
  const seccompProfile = await services.seccompProfile(language.seccompProfile);
  // Rounded up to whole MiB: runs whose inputs differ a little get the same kind of box (warm-boxes.ts).
  const inputBytes = request.input.kind === 'bytes' ? Math.ceil(request.input.data.length / MiB) * MiB : 0;
  const spec: BoxSpec = { ...runBoxFor(limits, inputBytes), image, seccompProfile };
  const programKey = programKeyFor(program, language.id, image);
  const runLimits = sandboxLimitsForRun(limits);

  const installed = await boxes.takeInstalled?.(spec, programKey);
  if (installed) {
    const compile = { ...installed.compile, timeMs: 0, cached: true };
    return runIn(installed.box, compile, { boxes, spec, programKey, program, runLimits, request });
  }
  const opening = boxes.openBox(spec);
  // Handled below; this only keeps a failure while compiling from counting as unhandled.
  opening.catch(() => undefined);
  let compiled: CompileOutcome;
  try {
    if (program.compile) services.emit({ type: 'compile-start', language: language.name });
    const cache = services.compileCache && { store: services.compileCache, key: compileCacheKey(program, language.id, image) };
    compiled = await compileProgram(program, { sandbox: services.sandbox, image, seccompProfile, cache });
    services.emit({ type: 'compile-done', result: compiled.result });
  } catch (error) {
    void opening.then((box) => box.dispose(), () => undefined);
    if (error instanceof SandboxError) return { status: 'JE', detail: error.message, compile: null, run: null };
    throw error;
  }
  const compile = compiled.result;
  if (!compile.ok) {
    void opening.then((box) => box.dispose(), () => undefined);
    return { status: 'CE', detail: compile.message, compile, run: null };
  }
  const box = await opening;
  try {
    await installProgram(box, program, compiled.artifacts);
  } catch (error) {
    void box.dispose();
    if (error instanceof SandboxError) return { status: 'JE', detail: error.message, compile, run: null };
    throw error;
  }
  return runIn(box, compile, { boxes, spec, programKey, program, runLimits, request });
}

interface RunContext {
  boxes: BoxSource;
  spec: BoxSpec;
  programKey: string;
  program: PreparedProgram;
  runLimits: RunLimits;
  request: RunRequest;
}

/** Runs the installed program; the box is kept for the next run of it when the source wants it, else removed. */
async function runIn(box: Box, compile: CompileResult, context: RunContext): Promise<RunOutcome> {
  const { boxes, spec, programKey, program, runLimits, request } = context;
  let run: RunResult;
  try {
    run = await execute(box, program, runLimits, request);
  } catch (error) {
    void box.dispose();
    if (error instanceof SandboxError) return { status: 'JE', detail: error.message, compile, run: null };
    throw error;
  }
  // Removing a container takes ~50 ms: the sandbox's disposeAll() waits for it at the end.
  if (boxes.keep) boxes.keep(box, spec, programKey, compile);
  else void box.dispose();
  return { ...statusOf(run, runLimits, program.outOfMemoryMarkers), compile, run };
}

async function execute(box: Box, program: PreparedProgram, limits: RunLimits, request: RunRequest): Promise<RunResult> {
  const spec = { ...program.run, cwd: BoxPaths.tmp, limits };
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
