// The one way a program gets into boxes, for solutions and for the programs a problem
// brings alike: prepare it, make sure its image exists, open the boxes while it compiles
// (a container takes a few hundred ms to start: never on the critical path), install the
// compiled program in every box, and remove every box again on any failure.

import type { Language } from '../languages/language.js';
import { prepareProgram, type PreparedProgram, type ProgramSource } from '../languages/prepare.js';
import type { Box, BoxSpec } from '../sandbox/sandbox.js';
import type { BoxSource } from './box-source.js';
import { compileProgram, installProgram } from './compile.js';
import { type CompileResult } from './compile-result.js';
import type { BoxShape } from './limits.js';
import { compileCacheKey, programKeyFor } from './program-key.js';
import type { ExecutionServices } from './services.js';

export interface LaunchRequest {
  language: Language;
  source: ProgramSource;
  /** The program's own memory limit: sizes a managed runtime's heap flags. */
  memoryBytes: number;
  /** Every box's shape; the image and seccomp profile come from the language. */
  box: BoxShape;
  boxCount: number;
  /** Tell the event sink about compiling (solutions do; a problem's own programs stay quiet). */
  announce?: boolean;
}

export interface LaunchedProgram {
  kind: 'launched';
  program: PreparedProgram;
  compile: CompileResult;
  /** boxCount boxes, each with the program installed. */
  boxes: Box[];
  spec: BoxSpec;
  /** Says which program a box holds, to keep it for the next run of the same one (box-source.ts). */
  programKey: string;
  /** Removes every box; with `keep`, a box source that keeps boxes keeps them instead. */
  dispose(options?: { keep?: boolean }): Promise<void>;
}

export type Launch = LaunchedProgram | { kind: 'compile-error'; program: PreparedProgram; compile: CompileResult };

/**
 * Throws what the sandbox throws (DockerError: no engine, no image; SandboxError: a box
 * died); boxes opened so far are removed first. A compile error is a result, not a throw.
 */
export async function launchProgram<E>(request: LaunchRequest, services: ExecutionServices<E>): Promise<Launch> {
  const { language, boxCount } = request;
  const source = services.boxes;
  const program = prepareProgram(language, request.source, request.memoryBytes);
  const image = await services.ensureImage(language.image, language.name);
  const spec: BoxSpec = { ...request.box, image, seccompProfile: await services.seccompProfile(language.seccompProfile) };
  const programKey = programKeyFor(program, language.id, image);
  const launched = async (compile: CompileResult, boxes: Box[]): Promise<LaunchedProgram> => {
    // Kept and spare boxes come with the core they were given when they opened.
    if (spec.pinCpu && boxes.length > 1) {
      try {
        await services.sandbox.pinApart?.(boxes);
      } catch (error) {
        await disposeBoxes(boxes);
        throw error;
      }
    }
    return {
      kind: 'launched', program, compile, boxes, spec, programKey,
      dispose: async (options) => {
        const keeping = options?.keep === true && source.keep !== undefined;
        await Promise.all(boxes.map((box) => (keeping ? source.keep!(box, spec, programKey, compile) : box.dispose())));
      },
    };
  };

  const installed = await takeInstalled(source, spec, programKey, boxCount);
  if (installed.length === boxCount && installed[0]) {
    const compile = { ...installed[0].compile, wallMs: 0, cached: true };
    // Said as a compile-cache hit is said: the reporters show the same lines either way.
    if (request.announce && program.compile) {
      services.emit({ type: 'compile-start', language: language.name });
      services.emit({ type: 'compile-done', result: compile });
    }
    return await launched(compile, installed.map((taken) => taken.box));
  }

  const opening = Promise.allSettled(Array.from({ length: boxCount - installed.length }, () => source.openBox(spec)));
  const fresh = async () => openedBoxes(await opening);
  const reused = installed.map((taken) => taken.box);
  try {
    if (request.announce && program.compile) services.emit({ type: 'compile-start', language: language.name });
    const cache = services.compileCache && { store: services.compileCache, key: compileCacheKey(program, language.id, image) };
    const compiled = await compileProgram(program, { boxes: source, image, seccompProfile: spec.seccompProfile, cache });
    if (request.announce) services.emit({ type: 'compile-done', result: compiled.result });
    if (!compiled.result.ok) {
      await disposeBoxes([...reused, ...(await fresh().catch(() => []))]);
      return { kind: 'compile-error', program, compile: compiled.result };
    }
    const boxes = await fresh();
    reused.push(...boxes);
    await Promise.all(boxes.map((box) => installProgram(box, program, compiled.artifacts)));
    return await launched(compiled.result, reused);
  } catch (error) {
    // Every box this launch holds goes, whichever step failed (removing one twice is harmless).
    const settled = await opening;
    await disposeBoxes([...reused, ...settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))]);
    throw error;
  }
}

/** Idle boxes that already hold this very program, as many as wanted and available. */
async function takeInstalled(source: BoxSource, spec: BoxSpec, programKey: string, wanted: number): Promise<{ box: Box; compile: CompileResult }[]> {
  const taken: { box: Box; compile: CompileResult }[] = [];
  while (source.takeInstalled && taken.length < wanted) {
    const next = await source.takeInstalled(spec, programKey);
    if (!next) break;
    taken.push(next);
  }
  return taken;
}

/** All boxes, or the first failure (after the others are removed). */
async function openedBoxes(settled: PromiseSettledResult<Box>[]): Promise<Box[]> {
  const boxes = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (!failure) return boxes;
  await disposeBoxes(boxes);
  throw failure.reason;
}


async function disposeBoxes(boxes: readonly Box[]): Promise<void> {
  await Promise.all(boxes.map((box) => box.dispose()));
}
